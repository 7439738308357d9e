import { writeLocalCopy } from '../db/localCopy'
import type { LocalCopyReport } from '../db/localCopy.worker'
import { recordStore, writeLocalRecord } from '../db/storeRecord'

/**
 * When the record (localStorage) and the copy (OPFS) of the data are written, off the typing
 * path: the record 2 s after the last commit (counts only); the copy at most every 5 minutes
 * while the data changes — and, once storage has failed in this session (the database is then
 * the one Chromium may delete at the next start), 2 s after the last commit and at once after
 * the database is rebuilt. Nothing is written while `gate` says storage is not sound (a full
 * disk, a lost or wiped database): the last good copy is kept.
 */
const RECORD_AFTER_MS = 2_000
const COPY_EVERY_MS = 5 * 60_000
const COPY_SOON_MS = 2_000

let gate: () => boolean = () => false
let suspect = false
let recordTimer: ReturnType<typeof setTimeout> | undefined
let copyTimer: ReturnType<typeof setTimeout> | undefined
let lastCopyAt = 0
let changedSinceCopy = false
let copying: Promise<LocalCopyReport> | null = null
let lastReport: LocalCopyReport | null = null

/** What says whether storage is sound enough to record and copy (the health store). */
export function setLocalCopyGate(isSound: () => boolean): void {
  gate = isSound
}

/** Storage failed in this session: copy soon after every change from now on. */
export function markStorageSuspect(): void {
  suspect = true
}

/** The copy's time at start (0: none), from which the 5 minutes count. */
export function startLocalCopies(copiedAt: number): void {
  lastCopyAt = copiedAt
  changedSinceCopy = true
  scheduleCopy()
}

/** A transaction committed: record and copy later (cheap: two timers). */
export function noteCommitted(): void {
  if (!gate()) return
  clearTimeout(recordTimer)
  recordTimer = setTimeout(() => {
    if (gate()) recordStore().catch(() => undefined)
  }, RECORD_AFTER_MS)
  changedSinceCopy = true
  scheduleCopy()
}

function scheduleCopy(): void {
  if (suspect) clearTimeout(copyTimer)
  else if (copyTimer !== undefined) return
  const wait = suspect ? COPY_SOON_MS : lastCopyAt + COPY_EVERY_MS - Date.now()
  copyTimer = setTimeout(() => void runCopy(), Math.max(COPY_SOON_MS, wait))
}

async function runCopy(): Promise<LocalCopyReport | null> {
  copyTimer = undefined
  if (!gate()) return null
  if (copying) {
    // One copy at a time; a change meanwhile is copied after it.
    await copying
    return runCopy()
  }
  changedSinceCopy = false
  copying = writeLocalCopy()
  const report = await copying
  copying = null
  lastReport = report
  if (report.ok) {
    lastCopyAt = report.record.at
    writeLocalRecord(report.record)
  }
  if (changedSinceCopy) scheduleCopy()
  return report
}

/** Write the copy now (after the database was rebuilt from memory); resolves when written. */
export function copyNow(): Promise<LocalCopyReport | null> {
  suspect = true
  clearTimeout(copyTimer)
  return runCopy()
}

/** How the last copy went (null: none yet in this session). */
export const lastLocalCopy = (): LocalCopyReport | null => lastReport
