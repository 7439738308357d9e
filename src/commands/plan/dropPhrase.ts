import { dropPosition, type DropZone } from '../../domain/outline/computeDrop'
import { newId } from '../../domain/newId'
import { insertNode } from '../../domain/outline/treeOps'
import type { RichNode } from '../../domain/outline/types'
import { refuse, type PlanCommand } from '../types'

/** A phrase dropped onto a tree row: its paragraphs are added at the end of that item's body. */
export const appendPhraseToBody: PlanCommand<{ id: string; paragraphs: RichNode[] }> = {
  name: 'appendPhraseToBody',
  label: '插入常用语',
  undoable: true,
  reads: ({ id }) => [id],
  perform: ({ tree }, { id, paragraphs }) => {
    const node = tree.byId.get(id)
    if (!node) return refuse('条目已被删除')
    // Empty paragraphs (a new body) are replaced rather than kept above the phrase.
    const existing = (node.body?.content ?? []).filter((block) => block.content?.length)
    const body = { type: 'doc' as const, content: [...existing, ...paragraphs] }
    return {
      ok: true,
      change: { added: [], updated: [{ before: node, after: { ...node, body } }], removed: [] },
      focus: { id, mode: 'select' },
    }
  },
}

/** A phrase dropped between tree rows: a new item with the phrase as its title. */
export const insertPhraseItem: PlanCommand<{ overId: string; zone: DropZone; text: string }> = {
  name: 'insertPhraseItem',
  label: '插入常用语为条目',
  undoable: true,
  perform: ({ plan, tree }, { overId, zone, text }) => {
    const position = dropPosition(tree, [], overId, zone)
    if (!position) return refuse('无法放在这里')
    const title = text.replace(/[。；;，,]$/, '')
    const result = insertNode(tree, { id: newId(), planId: plan.id, title, body: null }, position)
    if (!result.ok) return result
    const focus = result.focusId ? { id: result.focusId, mode: 'row' as const } : undefined
    return { ok: true, change: result.change, focus }
  },
}
