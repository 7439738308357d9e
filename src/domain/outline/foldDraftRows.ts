import { bodyHash, mergeBodies } from './bodyConflict'
import { nodeCharacters } from './planFields'
import type { OutlineNode, RichDoc } from './types'

/** A draft row an earlier version of the app left: a body typed and not yet folded into its item. */
export interface LeftoverDraft {
  nodeId: string
  planId: string
  body: RichDoc
  baseHash?: string
  session?: string
}

/**
 * The items with the drafts folded in, as that version's writer folded them: the draft's text
 * replaces the body, or — typed on a body changed elsewhere since (another window) — both texts
 * are kept. Returns the items changed and, per plan, how far its character count moves. A draft
 * whose item is gone has nothing to go into.
 */
export function foldDraftRows(
  nodes: ReadonlyMap<string, OutlineNode>,
  drafts: readonly LeftoverDraft[],
): { changed: OutlineNode[]; charDelta: Map<string, number> } {
  const changed = new Map<string, OutlineNode>()
  const charDelta = new Map<string, number>()
  for (const draft of drafts) {
    const node = changed.get(draft.nodeId) ?? nodes.get(draft.nodeId)
    if (!node || node.planId !== draft.planId) continue
    const changedElsewhere =
      draft.baseHash !== undefined &&
      node.bodySession !== draft.session &&
      draft.baseHash !== bodyHash(node.body)
    const body = changedElsewhere ? mergeBodies(draft.body, node.body) : draft.body
    // A draft of the text already stored changes nothing.
    if (JSON.stringify(body ?? null) === JSON.stringify(node.body ?? null)) continue
    const next: OutlineNode = { ...node, body, rev: (node.rev ?? 0) + 1 }
    delete next.bodySession
    changed.set(node.id, next)
    const delta = nodeCharacters(next) - nodeCharacters(node)
    charDelta.set(node.planId, (charDelta.get(node.planId) ?? 0) + delta)
  }
  return { changed: [...changed.values()], charDelta }
}
