import type { DragEvent } from 'react'
import { dropPosition, dropZoneAt, type DropZone } from '../../domain/outline/computeDrop'
import type { Tree } from '../../domain/outline/tree'
import { useDragStore } from '../../store/dragStore'
import { isPhraseDrag, readPhraseDrag } from '../../ui/phraseDragData'
import { dragEdgeScroll, stopEdgeScroll } from '../../ui/virtual/edgeScroll'
import { moveItemsTo } from '../../commands/outline/moveItem'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { dropPhraseOnTree } from './dropPhraseOnTree'

/** Tree rows carry their ids under our own type, so phrase drags and row drags never mix. */
export const NODE_MIME = 'application/x-plandraft-node+json'

const isNodeDrag = (event: DragEvent) => event.dataTransfer.types.includes(NODE_MIME)

function targetOf(event: DragEvent): { id: string; zone: DropZone } | null {
  const row = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')
  if (!row?.dataset.id) return null
  const rect = row.getBoundingClientRect()
  return { id: row.dataset.id, zone: dropZoneAt(event.clientY - rect.top, rect.height) }
}

/** Drag handlers for the tree container (delegated to rows). */
export function treeDragHandlers(planId: string, tree: Tree) {
  return {
    onDragStart(event: DragEvent<HTMLElement>) {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')
      if (!row?.dataset.id) return
      event.dataTransfer.setData(NODE_MIME, JSON.stringify([row.dataset.id]))
      event.dataTransfer.effectAllowed = 'move'
      useDragStore.getState().startDrag([row.dataset.id])
    },
    onDragOver(event: DragEvent<HTMLElement>) {
      const phrase = isPhraseDrag(event.dataTransfer)
      if (!phrase && !isNodeDrag(event)) return
      // Near the top or bottom edge the tree scrolls, so a drop can reach rows beyond the view.
      dragEdgeScroll(event.currentTarget, event.clientY)
      const target = targetOf(event)
      if (!target) return
      const dragging = useDragStore.getState().draggingIds
      if (!phrase && !dropPosition(tree, dragging, target.id, target.zone)) {
        // Refused (into its own subtree): no preventDefault, so the browser shows "not allowed".
        useDragStore.getState().setIndicator(null)
        return
      }
      event.preventDefault()
      event.dataTransfer.dropEffect = phrase ? 'copy' : 'move'
      useDragStore.getState().setIndicator({ ...target, kind: phrase ? 'phrase' : 'node' })
    },
    onDragLeave(event: DragEvent<HTMLElement>) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
        useDragStore.getState().setIndicator(null)
        stopEdgeScroll()
      }
    },
    onDrop(event: DragEvent<HTMLElement>) {
      const target = targetOf(event)
      const phrase = readPhraseDrag(event.dataTransfer)
      const raw = event.dataTransfer.getData(NODE_MIME)
      useDragStore.getState().endDrag()
      stopEdgeScroll()
      if (!target) return
      event.preventDefault()
      if (phrase) {
        void dropPhraseOnTree(planId, phrase, target.id, target.zone)
        return
      }
      if (!raw) return
      const ids = JSON.parse(raw) as string[]
      const position = dropPosition(tree, ids, target.id, target.zone)
      if (position) void runPlanCommand(moveItemsTo, planId, { ids, position })
    },
    onDragEnd() {
      useDragStore.getState().endDrag()
      stopEdgeScroll()
    },
  }
}
