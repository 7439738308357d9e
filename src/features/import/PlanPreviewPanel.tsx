import { useDeferredValue, useMemo, useState } from 'react'
import { outlineFromLines } from '../../domain/import/outlineFromLines'
import type { ParsedPlan } from '../../domain/import/types'
import { ImportedOutlineView } from './ImportedOutlineView'
import {
  applyLineEdits,
  canToggleHeading,
  changeLevel,
  toggleHeading,
  type LineEdits,
} from './lineEdits'
import { PlanFieldInputs } from './PlanFieldInputs'
import { previewRows } from './previewRows'
import { SourceLineList } from './SourceLineList'
import type { PlanFieldsText } from './useImportPreview'

interface PlanPreviewPanelProps {
  plan: ParsedPlan
  edits: LineEdits
  onEditsChange: (edits: LineEdits) => void
  fields: PlanFieldsText
  onFieldsChange: (fields: Partial<PlanFieldsText>) => void
}

/** One plan of the import: its fields, its source lines with their roles, and its outline. */
export function PlanPreviewPanel({
  plan,
  edits,
  onEditsChange,
  fields,
  onFieldsChange,
}: PlanPreviewPanelProps) {
  const lines = useMemo(() => applyLineEdits(plan.lines, edits), [plan.lines, edits])
  // The outline follows at low priority: the line list answers keys at once on 10,000 lines.
  const deferredLines = useDeferredValue(lines)
  const outline = useMemo(() => outlineFromLines(deferredLines), [deferredLines])
  const rows = useMemo(() => previewRows(outline), [outline])
  const [selected, setSelected] = useState<number | null>(null)
  const line = selected === null ? undefined : lines[selected]
  // Each heading line makes one item, in order: the selected heading's item is the n-th row.
  const currentRow = useMemo(() => {
    if (selected === null || deferredLines[selected]?.role !== 'heading') return -1
    return deferredLines.slice(0, selected).filter((before) => before.role === 'heading').length
  }, [deferredLines, selected])
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
            rows={rows}
            preambleParagraphs={outline.preamble.length}
            stale={deferredLines !== lines}
            current={currentRow}
            closing={outline.closing}
          />
        </section>
      </div>
    </>
  )
}
