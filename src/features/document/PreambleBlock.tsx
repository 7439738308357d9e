import { useCallback } from 'react'
import type { Plan, RichDoc } from '../../domain/outline/types'
import { savePreamble } from '../../db/planRepo'
import { LiveBodyEditor } from '../../editor/LiveBodyEditor'
import { StaticBody } from '../../editor/StaticBody'
import { useEditorStore } from '../../store/editorStore'
import { trackSave } from '../../store/saveStore'

/** The plan's title and preamble (指导思想 / 总体思路) above the first chapter. */
export function PreambleBlock({ plan }: { plan: Plan }) {
  const editing = useEditorStore((state) => state.editingId === 'preamble')
  const save = useCallback((doc: RichDoc) => trackSave(() => savePreamble(plan.id, doc)), [plan.id])
  return (
    <header className="doc-front">
      <h1 className="doc-plan-title">{plan.title}</h1>
      <p className="doc-plan-meta">
        {plan.unit}
        {plan.unit ? ' · ' : ''}
        {plan.year} 年度
      </p>
      <section
        className={editing ? 'doc-preamble editing' : 'doc-preamble'}
        aria-label="前言（指导思想、总体思路）"
        onClick={() => !editing && useEditorStore.getState().startEditing('preamble')}
      >
        {editing ? (
          <LiveBodyEditor
            key="preamble"
            editorKey="preamble"
            label="前言正文"
            initial={plan.preamble}
            save={save}
            clickAt={null}
            autoFocus
          />
        ) : plan.preamble && plan.preamble.content?.length ? (
          <StaticBody doc={plan.preamble} />
        ) : (
          <p className="body-placeholder">点击输入前言（指导思想、总体思路）…</p>
        )}
      </section>
    </header>
  )
}
