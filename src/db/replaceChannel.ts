/**
 * 替换 (a restore replacing every plan) told to the other windows of this browser profile: their
 * open plan documents hold the old content and would write it back when typed into. Before the
 * restore writes, `replacing` makes them let go of their documents unwritten; after it (done or
 * stopped), `replaced` makes them load the plans anew from the database.
 */
export type ReplaceMessage = 'replacing' | 'replaced'

const CHANNEL = 'plandraft-replace'

const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null

/** Tell the other windows (a channel never hears its own messages). */
export function announceReplace(message: ReplaceMessage): void {
  channel?.postMessage(message)
}

/** Hear what other windows announce (every listener, in the order they were added). */
export function onReplaceAnnounced(listener: (message: ReplaceMessage) => void): void {
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.data === 'replacing' || event.data === 'replaced') listener(event.data)
  })
}
