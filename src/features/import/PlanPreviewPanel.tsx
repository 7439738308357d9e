import { useEffect, useMemo, useState } from 'react'
import type { ImportSession } from '../../commands/library/importSession'
import type { OutlineView } from '../../domain/import/previewRows'
import type { ParsedPlan } from '../../domain/import/types'
import { ImportedOutlineView } from './ImportedOutlineView'
import {
  applyLineEdits,
  canToggleHeading,
  changeLevel,
  toggleHeading,
  type LineEdits,
} from '../../domain/import/lineEdits'
import { PlanFieldInputs } from './PlanFieldInputs'
import { SourceLineList } from './SourceLineList'
import type { PlanFieldsText } from './useImportPreview'

/** Outline rows shown at first, and added by each 显示更多. */
const PAGE = 300

interface PlanPreviewPanelProps {
  /** Where the outline is made (a worker for a long text). */
  session: ImportSession
  /** The plan's position in the parse. */
  planIndex: number
  plan: ParsedPlan
  edits: LineEdits
  onEditsChange: (edits: LineEdits) => void
  fields: PlanFieldsText
  onFieldsChange: (fields: Partial<PlanFieldsText>) => void
}

/** One plan of the import: its fields, its source lines with their roles, and its outline. */
export function PlanPreviewPanel({
  session,
  planIndex,
  plan,
  edits,
  onEditsChange,
  fields,
  onFieldsChange,
}: PlanPreviewPanelProps) {
  const lines = useMemo(() => applyLineEdits(plan.lines, edits), [plan.lines, edits])
  const [selected, setSelected] = useState<number | null>(null)
  const line = selected === null ? undefined : lines[selected]
  // Each heading line makes one item, in order: the selected heading's item is the n-th row.
  const currentRow = useMemo(() => {
    if (selected === null || lines[selected]?.role !== 'heading') return -1
    let row = 0
    for (let position = 0; position < selected; position++)
      if (lines[position].role === 'heading') row++
    return row
  }, [lines, selected])
  const [limit, setLimit] = useState(PAGE)
  if (currentRow >= limit) setLimit(currentRow + PAGE)
  // The outline is made where the session runs: the line list answers keys at once on 99,000
  // lines, and the outline follows when it comes (the newest asked for wins).
  const [outline, setOutline] = useState<{ edits: LineEdits; view: OutlineView } | null>(null)
  useEffect(() => {
    let live = true
    void session
      .outline(planIndex, edits, limit)
      .then((view) => live && setOutline({ edits, view }))
    return () => {
      live = false
    }
  }, [session, planIndex, edits, limit])
  const isHeading = line?.role === 'heading'

  const level = (delta: number) => {
    if (selected !== null) onEditsChange(changeLevel(lines, edits, selected, delta))
  }
  const toggle = () => {
    if (selected !== null) onEditsChange(toggleHeading(plan.lines, lines, edits, selected))
  }

  return (
    <>
      <PlanFieldInputs fields={fields} onChange={onFieldsChange} />
      <div className="import-toolbar" role="toolbar" aria-label="调整所选行">
        <button
          type="button"
          disabled={!isHeading}
          aria-keyshortcuts="Shift+Tab"
          onClick={() => level(-1)}
        >
          升级
        </button>
        <button
          type="button"
          disabled={!isHeading}
          aria-keyshortcuts="Tab"
          onClick={() => level(1)}
        >
          降级
        </button>
        <button
          type="button"
          disabled={!canToggleHeading(line)}
          aria-keyshortcuts="Enter"
          onClick={toggle}
        >
          {isHeading ? '设为正文' : '设为标题'}
        </button>
        <span className="import-hint">
          在原文中用 ↑↓ 选择行；Tab / Shift+Tab 降级 / 升级标题，Enter 在标题与正文之间切换
        </span>
      </div>
      <div className="import-columns">
        <section className="import-column">
          <h3 className="import-column-title">原文（识别结果）</h3>
          <SourceLineList
            lines={lines}
            selected={selected}
            onSelect={setSelected}
            onLevel={level}
            onToggleHeading={toggle}
          />
        </section>
        <section className="import-column">
          <h3 className="import-column-title">导入后的大纲</h3>
          <ImportedOutlineView
            view={outline?.view ?? null}
            stale={outline?.edits !== edits}
            current={currentRow}
            onMore={() => setLimit(limit + PAGE)}
          />
        </section>
      </div>
    </>
  )
}
