import type { DexieYProvider } from 'y-dexie'
import * as Y from 'yjs'

/**
 * Every update this window makes to a plan's document goes at once to the other windows that have
 * the plan open (a BroadcastChannel per plan). y-dexie delivers them too, through IndexedDB and a
 * live query, but later and — seen in the two-window tests while both typed — not always while
 * the other window keeps writing. An update applied twice changes nothing, so both paths may
 * deliver the same one. A relayed update is applied as y-dexie's own (the provider is the origin):
 * the window that made it stores it; this one only shows it.
 */
export class DocumentRelay {
  private readonly channel: BroadcastChannel | null
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return
    this.channel?.postMessage(update)
  }

  constructor(
    planId: string,
    private readonly doc: Y.Doc,
    private readonly provider: DexieYProvider,
  ) {
    this.channel =
      typeof BroadcastChannel === 'function'
        ? new BroadcastChannel(`plandraft-doc:${planId}`)
        : null
    if (!this.channel) return
    this.channel.onmessage = (event: MessageEvent<Uint8Array>) => {
      if (doc.isDestroyed || !(event.data instanceof Uint8Array)) return
      try {
        Y.applyUpdateV2(doc, event.data, provider)
      } catch {
        // A damaged message: the update still comes through IndexedDB.
      }
    }
    doc.on('updateV2', this.onUpdate)
  }

  dispose(): void {
    this.doc.off('updateV2', this.onUpdate)
    this.channel?.close()
  }
}
