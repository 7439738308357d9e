import { useMemo } from 'react'
import type { Plan } from '../../domain/outline/types'
import { openedPlanDocument } from '../../db/planDocuments'
import { usePlanDocumentLoaded } from '../../data/usePlanDocument'
import { preambleFragment } from '../../domain/document/planDocument'
import { LiveBodyEditor } from '../../editor/LiveBodyEditor'
import { StaticBody } from '../../editor/StaticBody'
import { SlotText } from '../../editor/slot/SlotText'
import { useDocumentGeneration } from '../../store/documentGenerationStore'
import { useEditorStore } from '../../store/editorStore'
import { startNewItem } from '../outline/newItemFlow'
import { DocRecipient } from './DocClosing'
import { PlanInfoEditor } from './PlanInfoEditor'
import { PeerMarker } from '../team/PeerMarker'

/** The plan's title and preamble (指导思想 / 总体思路) above the first chapter. */
export function PreambleBlock({ plan }: { plan: Plan }) {
  const editing = useEditorStore((state) => state.editingId === 'preamble')
  const loaded = usePlanDocumentLoaded(plan.id)
  // A new generation: the document was replaced (a rebuilt database or a restore), its preamble
  // is a new fragment.
  const generation = useDocumentGeneration((state) => state.generation)
  const fragment = useMemo(() => {
    const opened = editing && loaded ? openedPlanDocument(plan.id) : undefined
    return opened ? preambleFragment(opened.doc) : null
  }, [plan.id, editing, loaded, generation]) // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <header className="doc-front">
      {/* data-plan-field: where the find bar paints a match in the plan's own fields. */}
      <h1 className="doc-plan-title" data-plan-field="title">
        <SlotText text={plan.title} />
      </h1>
      <p className="doc-plan-meta">
        <span className="doc-plan-unit" data-plan-field="unit">
          {plan.unit}
        </span>
        {plan.unit ? ' · ' : ''}
        {plan.year} 年度 <PlanInfoEditor plan={plan} />
      </p>
      <DocRecipient plan={plan} />
      <section
        className={editing ? 'doc-preamble editing' : 'doc-preamble'}
        aria-label="前言（指导思想、总体思路）"
        onClick={() => !editing && useEditorStore.getState().startEditing('preamble')}
      >
        <PeerMarker planId={plan.id} nodeId="preamble" />
        {editing && fragment ? (
          <LiveBodyEditor
            planId={plan.id}
            key={`preamble:${generation}`}
            editorKey="preamble"
            label="前言正文"
            fragment={fragment}
            clickAt={null}
            autoFocus
            onNextItem={() => void startNewItem(plan.id, 'firstChapter', null, 'title')}
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
