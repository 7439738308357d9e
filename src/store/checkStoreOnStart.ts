import { findNewerInCopy, readCopyTables } from '../db/copyRecovery'
import { readLocalCopy } from '../db/localCopyFiles'
import { readLocalRecord, readStoreState, recordStore } from '../db/storeRecord'
import { detectStoreLoss } from '../domain/backup/storeLoss'
import { startLocalCopies } from './localCopySchedule'
import { useStorageHealth } from './storageHealthStore'

/**
 * At start: did the database lose what it had? Chromium may delete an origin's IndexedDB at the
 * browser start after a full disk, even one the app rebuilt sound. The record in localStorage
 * and the copy's own record in OPFS say which database held how many plans; a different database
 * holding fewer is a loss, shown by the banner with 恢复 — never silently an empty library.
 * A copy written from memory while the database failed (a full disk) that holds plans newer than
 * the database that survived is offered (找回, `recoverable`) and left as it is until the user
 * decides. Otherwise the database is recorded as it is and copies start.
 */
export async function checkStoreOnStart(): Promise<void> {
  const copy = await readLocalCopy().catch(() => null)
  const state = await readStoreState()
  const loss = detectStoreLoss([readLocalRecord(), copy?.record ?? null], state)
  if (loss.lost) {
    useStorageHealth.setState({ wiped: { before: loss.before, copyAt: copy?.record.at ?? null } })
    return
  }
  if (copy?.record.fromMemory) {
    const at = copy.record.at
    const tables = await readCopyTables(copy.file).catch(() => null)
    const found = tables ? await findNewerInCopy(tables, at).catch(() => null) : null
    if (found && found.changed.length + found.added.length > 0) {
      useStorageHealth.setState({ recoverable: { ...found, at } })
      return
    }
  }
  await acceptStore(copy?.record.at ?? 0)
}

/**
 * The database as it is now is the one to keep (after the check, a restore, or 不恢复): record
 * it and start copying it.
 */
export async function acceptStore(copiedAt = 0): Promise<void> {
  useStorageHealth.setState({ wiped: null, recoverable: null, checked: true })
  await recordStore()
  startLocalCopies(copiedAt)
}
