import { memo, useCallback, useEffect, useMemo, useRef, type RefObject } from 'react'
import type { FlatRow } from '../../domain/outline/tree'
import type { Plan } from '../../domain/outline/types'
import { useEditorStore } from '../../store/editorStore'
import { docNodeId } from '../../ui/domIds'
import { useVirtualList } from '../../ui/virtual/useVirtualList'
import { VirtualGap } from '../../ui/virtual/VirtualGap'
import type { Outline } from '../outline/useOutline'
import { DocClosing } from './DocClosing'
import { DocumentNode } from './DocumentNode'
import { estimateNodeHeight } from './estimateNodeHeight'
import { PreambleBlock } from './PreambleBlock'

/** Plans this long or shorter render every node; longer ones only the nodes near the viewport. */
export const DOCUMENT_VIRTUAL_THRESHOLD = 200

/** How long after a scroll request a node that moves is followed (the move's write lands). */
const FOLLOW_MS = 1500

/** The whole plan as one continuous page. */
export function DocumentView({ plan, outline }: { plan: Plan; outline: Outline }) {
  const scrollRequest = useEditorStore((state) => state.scrollRequest)
  const container = useRef<HTMLDivElement>(null)

  // A request stays open a moment: after a move the node is selected before the new outline
  // arrives, and it must be followed to its new place (far away, in a virtual list).
  const request = useRef({ handled: 0, at: 0 })
  useEffect(() => {
    const id = useEditorStore.getState().selectedId
    if (scrollRequest === 0 || !id) return
    const fresh = request.current.handled !== scrollRequest
    if (fresh) request.current = { handled: scrollRequest, at: performance.now() }
    else if (performance.now() - request.current.at > FOLLOW_MS) return
    // The selected node is always rendered (pinned), even far outside the virtual window.
    const element = document.getElementById(docNodeId(id))
    const pane = container.current
    if (!element || !pane) return
    // Already in view: stay put rather than jump; otherwise bring its start to the top.
    const box = element.getBoundingClientRect()
    const view = pane.getBoundingClientRect()
    if (box.top >= view.top && box.bottom <= view.bottom) return
    element.scrollIntoView({ block: 'start' })
  }, [scrollRequest, outline.rows])

  return (
    // Focusable so the keyboard can scroll it and F6 can reach it.
    <div className="document-pane" ref={container} tabIndex={-1}>
      <article className="document" aria-label="计划正文">
        <PreambleBlock plan={plan} />
        <DocumentNodes outline={outline} scroller={container} />
        <DocClosing plan={plan} />
      </article>
    </div>
  )
}

/**
 * The nodes near the viewport, plus the selected one and the one being edited; spacers of their
 * measured (or estimated) height stand for the rest. Each node re-renders only when its row,
 * number changes.
 */
const DocumentNodes = memo(function DocumentNodes({
  outline,
  scroller,
}: {
  outline: Outline
  scroller: RefObject<HTMLDivElement | null>
}) {
  const { rows, numbers } = outline
  const selectedId = useEditorStore((state) => state.selectedId)
  const editingId = useEditorStore((state) => state.editingId)
  const list = useRef<HTMLDivElement>(null)
  const indexOf = useMemo(() => new Map(rows.map((row, index) => [row.node.id, index])), [rows])
  const keyOf = useCallback((index: number) => rows[index].node.id, [rows])
  // Once per outline change, not on every measurement.
  const estimates = useMemo(() => rows.map(estimateNodeHeight), [rows])
  const estimate = useCallback((index: number) => estimates[index], [estimates])
  const pinned = [selectedId, editingId]
    .map((id) => (id ? (indexOf.get(id) ?? -1) : -1))
    .filter((index) => index >= 0)
  const segments = useVirtualList({
    count: rows.length,
    keyOf,
    estimate,
    scroller,
    list,
    keyAttribute: 'data-node-id',
    overscan: 800,
    pinned,
    threshold: DOCUMENT_VIRTUAL_THRESHOLD,
  })
  return (
    <div className="doc-nodes" ref={list}>
      {
        // One flat list of keyed children: the node being edited keeps its live editor while the
        // window moves around it.
        segments.flatMap((segment) =>
          segment.kind === 'gap'
            ? [<VirtualGap key={`gap-${segment.start}`} size={segment.size} />]
            : rows
                .slice(segment.start, segment.end)
                .map((row: FlatRow) => (
                  <DocumentNode
                    key={row.node.id}
                    node={row.node}
                    level={row.level}
                    number={numbers.get(row.node.id) ?? ''}
                  />
                )),
        )
      }
    </div>
  )
})
