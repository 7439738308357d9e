import type { PlanCommand } from '../types'

/**
 * The live editor's flush: what was typed into an item's body (kept as a draft while typing)
 * becomes the item's body. The runner's read folds the draft in, in the command's transaction;
 * there is nothing else to change. The editor has its own undo for typing.
 */
export const commitBody: PlanCommand<{ id: string }> = {
  name: 'commitBody',
  label: '保存正文',
  undoable: false,
  reads: ({ id }) => [id],
  perform: () => ({ ok: true, change: { added: [], updated: [], removed: [] } }),
}
