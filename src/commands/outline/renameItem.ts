import { refuse, type PlanCommand } from '../types'

export interface RenameArgs {
  id: string
  title: string
}

/** A title as typed, in the tree or the document; the keystrokes of one field are one undo step. */
export const renameItem: PlanCommand<RenameArgs> = {
  name: 'rename',
  label: '修改标题',
  keys: ['F2'],
  undoable: true,
  reads: ({ id }) => [id],
  perform: ({ tree }, { id, title }) => {
    const node = tree.byId.get(id)
    if (!node) return refuse('条目已被删除')
    if (node.title === title) return { ok: true, change: { added: [], updated: [], removed: [] } }
    return {
      ok: true,
      change: { added: [], updated: [{ before: node, after: { ...node, title } }], removed: [] },
    }
  },
}
