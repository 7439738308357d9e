import { applyKeysToBody } from '../../domain/outline/applyKeysToBody'
import type { BodyCaret, QueuedKey } from '../../domain/outline/keyQueue'
import { refuse, type PlanCommand } from '../types'

export interface TypeIntoBodyArgs {
  id: string
  /** The keys typed for the body, in order (text, Enter, Backspace). */
  keys: QueuedKey[]
  /** Where its caret was as it opened. */
  at: BodyCaret
}

/**
 * Keys typed for a body that had not opened when the user pressed elsewhere: written into it as
 * its editor would have taken them, without the editor (focus stays where the user put it).
 */
export const typeIntoBody: PlanCommand<TypeIntoBodyArgs> = {
  name: 'typeIntoBody',
  label: '输入正文',
  undoable: true,
  reads: ({ id }) => [id],
  perform: ({ tree }, { id, keys, at }) => {
    const node = tree.byId.get(id)
    if (!node) return refuse('条目已被删除，键入的正文未能填入')
    const body = applyKeysToBody(node.body, keys, at)
    if (body === node.body) return { ok: true, change: { added: [], updated: [], removed: [] } }
    return {
      ok: true,
      change: { added: [], updated: [{ before: node, after: { ...node, body } }], removed: [] },
    }
  },
}
