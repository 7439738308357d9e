import { useLiveQuery } from 'dexie-react-hooks'
import { useRef } from 'react'
import { db } from '../db/db'
import type { RichDoc } from '../domain/outline/types'
import { windowSession } from '../store/sessionStore'

export interface ForeignDraft {
  body: RichDoc
  session: string
}

const NONE: ReadonlyMap<string, ForeignDraft> = new Map()

/**
 * Bodies another window is typing into and has not folded into the plan yet, by node: shown
 * here at once (within the 250 ms of their draft writes) rather than when the draft is folded.
 * The same map comes back while nothing foreign changes, so this window's own typing (which
 * writes drafts too) re-renders nothing.
 */
export function useForeignDrafts(planId: string): ReadonlyMap<string, ForeignDraft> {
  const rows = useLiveQuery(() => db.drafts.where('planId').equals(planId).toArray(), [planId])
  const previous = useRef({ key: '', drafts: NONE })
  const foreign = (rows ?? []).filter((row) => row.session && row.session !== windowSession)
  const key = foreign.map((row) => `${row.nodeId}@${row.savedAt}`).join('|')
  if (key !== previous.current.key)
    previous.current = {
      key,
      drafts: key
        ? new Map(foreign.map((row) => [row.nodeId, { body: row.body, session: row.session! }]))
        : NONE,
    }
  return previous.current.drafts
}
