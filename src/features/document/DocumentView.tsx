import { memo, useEffect, useRef } from 'react'
import { chunked } from '../../domain/chunked'
import type { Plan } from '../../domain/outline/types'
import { useEditorStore } from '../../store/editorStore'
import { useForeignDrafts, type ForeignDraft } from '../../data/useForeignDrafts'
import { docNodeId } from '../../ui/domIds'
import type { Outline } from '../outline/useOutline'
import { DocumentNode } from './DocumentNode'
import { PreambleBlock } from './PreambleBlock'

/** The whole plan as one continuous page. */
export function DocumentView({ plan, outline }: { plan: Plan; outline: Outline }) {
  const scrollRequest = useEditorStore((state) => state.scrollRequest)
  const drafts = useForeignDrafts(plan.id)
  const container = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const id = useEditorStore.getState().selectedId
    if (scrollRequest === 0 || !id) return
    const element = document.getElementById(docNodeId(id))
    const pane = container.current
    if (!element || !pane) return
    // Already in view: stay put rather than jump; otherwise bring its start to the top.
    const box = element.getBoundingClientRect()
    const view = pane.getBoundingClientRect()
    if (box.top >= view.top && box.bottom <= view.bottom) return
    element.scrollIntoView({ block: 'start' })
  }, [scrollRequest])

  return (
    // Focusable so the keyboard can scroll it and F6 can reach it.
    <div className="document-pane" ref={container} tabIndex={-1}>
      <article className="document" aria-label="计划正文">
        <PreambleBlock plan={plan} />
        <DocumentNodes outline={outline} drafts={drafts} />
      </article>
    </div>
  )
}

/** Nodes per chunk: the browser skips laying out chunks that are off screen. */
const CHUNK_SIZE = 50

/**
 * Every node, in chunks of 50 that the browser lays out only near the viewport
 * (`content-visibility: auto`, a few dozen observed boxes rather than 2,000), re-rendered only
 * when the outline changes.
 */
const DocumentNodes = memo(function DocumentNodes({
  outline,
  drafts,
}: {
  outline: Outline
  drafts: ReadonlyMap<string, ForeignDraft>
}) {
  return chunked(outline.rows, CHUNK_SIZE).map((rows, index) => (
    <div key={index} className="doc-chunk">
      {rows.map((row) => (
        <DocumentNode
          key={row.node.id}
          node={row.node}
          level={row.level}
          number={outline.numbers.get(row.node.id) ?? ''}
          draft={drafts.get(row.node.id)}
        />
      ))}
    </div>
  ))
})
