import { useId } from 'react'
import type { HeaderLines, PrintSettings } from '../../domain/export/exportOptions'
import type { NumberingScheme } from '../../domain/outline/types'
import { ContentSchemeFields, type ContentSchemeChoices } from './ContentSchemeFields'
import { ScopeFields } from './ScopeFields'

const LEVEL_NAMES = ['一级', '二级', '三级', '四级', '五级及以下']

export type PreviewChoices = ContentSchemeChoices

interface PrintSettingsPanelProps {
  settings: PrintSettings
  header: HeaderLines
  choices: PreviewChoices
  planScheme: NumberingScheme
  onSettings: (settings: PrintSettings) => void
  onHeader: (header: HeaderLines) => void
  onChoices: (choices: PreviewChoices) => void
  /** Offered when the editor had an item selected. */
  scope: {
    value: 'plan' | 'subtree'
    itemTitle: string
    onChange: (scope: 'plan' | 'subtree') => void
  } | null
}

/** The print options; layout settings are saved for every plan, header lines for this plan. */
export function PrintSettingsPanel(props: PrintSettingsPanelProps) {
  const { settings, header, choices, onSettings, onHeader, onChoices } = props
  const id = useId()
  const runIn = (level: number) =>
    settings.runInLevels[Math.min(level, settings.runInLevels.length) - 1] ?? false
  const setRunIn = (level: number, value: boolean) => {
    const levels = LEVEL_NAMES.map((_, index) => runIn(index + 1))
    levels[level - 1] = value
    onSettings({ ...settings, runInLevels: levels })
  }
  return (
    <form
      className="print-settings"
      aria-label="打印设置"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2>打印设置</h2>
      {props.scope && (
        <ScopeFields
          value={props.scope.value}
          itemLabel={props.scope.itemTitle}
          onChange={props.scope.onChange}
        />
      )}
      <ContentSchemeFields
        choices={choices}
        planScheme={props.planScheme}
        onChoices={onChoices}
        rowClassName="print-settings-row"
      />
      <fieldset>
        <legend>标题与正文接排（如“1.标题。正文……”）</legend>
        {LEVEL_NAMES.map((name, index) => (
          <label key={name}>
            <input
              type="checkbox"
              checked={runIn(index + 1)}
              onChange={(event) => setRunIn(index + 1, event.target.checked)}
            />
            {name}标题
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>加粗</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.boldLevel2}
            onChange={(event) => onSettings({ ...settings, boldLevel2: event.target.checked })}
          />
          二级标题（楷体）加粗
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.boldLevel3}
            onChange={(event) => onSettings({ ...settings, boldLevel3: event.target.checked })}
          />
          三级标题加粗
        </label>
      </fieldset>
      <label className="print-settings-row">
        行距（磅，固定值）
        <input
          type="number"
          min={20}
          max={40}
          step={0.05}
          value={settings.linePitchPt}
          onChange={(event) => {
            const value = Number(event.target.value)
            if (Number.isFinite(value) && value >= 20 && value <= 40) {
              onSettings({ ...settings, linePitchPt: value })
            }
          }}
        />
      </label>
      <fieldset>
        <legend>页码位置</legend>
        <label>
          <input
            type="radio"
            name={`${id}-numbers`}
            checked={settings.pageNumbers === 'outside'}
            onChange={() => onSettings({ ...settings, pageNumbers: 'outside' })}
          />
          单页居右、双页居左
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-numbers`}
            checked={settings.pageNumbers === 'centre'}
            onChange={() => onSettings({ ...settings, pageNumbers: 'centre' })}
          />
          居中
        </label>
      </fieldset>
      <fieldset>
        <legend>标题下的行（本计划）</legend>
        <label className="print-settings-row">
          副标题
          <input
            type="text"
            value={header.subtitle}
            placeholder="如：（2026年1月8日委员会议通过）"
            onChange={(event) => onHeader({ ...header, subtitle: event.target.value })}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={header.unit}
            onChange={(event) => onHeader({ ...header, unit: event.target.checked })}
          />
          显示单位
        </label>
        <label className="print-settings-row">
          日期
          <input
            type="text"
            value={header.date}
            placeholder="如：2026年1月8日"
            onChange={(event) => onHeader({ ...header, date: event.target.value })}
          />
        </label>
      </fieldset>
    </form>
  )
}
