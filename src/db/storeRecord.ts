import { newId } from '../domain/newId'
import { parseStoreRecord, type StoreRecord, type StoreState } from '../domain/backup/storeLoss'
import { db } from './db'
import { settingKeys } from './schema'

/** Where the record lives outside IndexedDB (see storeLoss). */
const RECORD_KEY = 'plandraft:storeRecord'

/** The database's id and how much it holds: one read, counts only. */
export function readStoreState(): Promise<StoreState> {
  return db.transaction('r', [db.settings, db.plans, db.nodes], async () => {
    const id = (await db.settings.get(settingKeys.databaseId))?.value
    return {
      databaseId: typeof id === 'string' ? id : null,
      plans: await db.plans.count(),
      nodes: await db.nodes.count(),
    }
  })
}

/** The database's id, written now when it has none. */
export function ensureDatabaseId(): Promise<string> {
  return db.transaction('rw', [db.settings], async () => {
    const id = (await db.settings.get(settingKeys.databaseId))?.value
    if (typeof id === 'string') return id
    const fresh = newId()
    await db.settings.put({ key: settingKeys.databaseId, value: fresh })
    return fresh
  })
}

/** The record kept in localStorage, or null (none yet, unreadable, or storage refused). */
export function readLocalRecord(): StoreRecord | null {
  try {
    return parseStoreRecord(localStorage.getItem(RECORD_KEY))
  } catch {
    return null
  }
}

/** Keep the record in localStorage (a few dozen bytes, synchronous). */
export function writeLocalRecord(record: StoreRecord): void {
  try {
    localStorage.setItem(RECORD_KEY, JSON.stringify(record))
  } catch {
    // localStorage full or refused: the copy's own record still says it.
  }
}

/** Record the database as it is now (giving it an id if it has none); returns the record. */
export async function recordStore(now = Date.now()): Promise<StoreRecord> {
  const state = await readStoreState()
  const databaseId = state.databaseId ?? (await ensureDatabaseId())
  const record = { databaseId, plans: state.plans, nodes: state.nodes, at: now }
  writeLocalRecord(record)
  return record
}
