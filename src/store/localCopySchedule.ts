import { writeLocalCopy } from '../db/localCopy'
import type { LocalCopyReport } from '../db/localCopy.worker'
import { writeMemoryLocalCopy } from '../db/memoryLocalCopy'
import { recordStore, writeLocalRecord } from '../db/storeRecord'
import { unsavedTexts } from './pendingEdits'

/**
 * When the record (localStorage) and the copy (OPFS) of the data are written, off the typing
 * path: the record 2 s after the last commit (counts only); the copy at most every 5 minutes
 * while the data changes — and 2 s after the last commit while there is no copy at all, or once
 * storage has failed in this session (the database is then the one Chromium may delete at the
 * next start), and at once after the database is rebuilt. Nothing is written while `gate` says
 * storage is not sound (a full disk, a lost or wiped database): the last good copy is kept.
 *
 * The copy's worker (its own 60 KB script) is loaded only when a copy is due, and then when the
 * page is idle: never in the first 30 s after start unless a change asks for it (opening a plan
 * comes first), and after its timer, at the browser's next idle period (at most 5 s later).
 */
const RECORD_AFTER_MS = 2_000
const COPY_EVERY_MS = 5 * 60_000
const COPY_SOON_MS = 2_000
/** The start's own copy (none, or an old one) waits this long unless a change comes first. */
const FIRST_COPY_AFTER_START_MS = 30_000
/** A due copy waits for an idle period at most this long. */
const IDLE_WAIT_MS = 5_000

let gate: () => boolean = () => false
let suspect = false
let recordTimer: ReturnType<typeof setTimeout> | undefined
let copyTimer: ReturnType<typeof setTimeout> | undefined
let startedAt = 0
let lastCopyAt = 0
let changedSinceCopy = false
let copying: Promise<LocalCopyReport> | null = null
/** Stops the copy from the database in flight (null: none, or the one in flight is from memory). */
let stopCopy: (() => void) | null = null
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
  startedAt = Date.now()
  lastCopyAt = copiedAt
  changedSinceCopy = true
  scheduleCopy(false)
}

/** A transaction committed: record and copy later (cheap: two timers). */
export function noteCommitted(): void {
  if (!gate()) return
  clearTimeout(recordTimer)
  recordTimer = setTimeout(() => {
    if (gate()) recordStore().catch(() => undefined)
  }, RECORD_AFTER_MS)
  changedSinceCopy = true
  scheduleCopy(true)
}

/** When the next copy is due, from now (ms). `change`: a commit asks for it. */
function copyDelay(change: boolean): number {
  const now = Date.now()
  // Soon after the last change: nothing to restore from yet, or storage failed already.
  if (suspect || (change && lastCopyAt === 0)) return COPY_SOON_MS
  const due = lastCopyAt + COPY_EVERY_MS - now
  return Math.max(COPY_SOON_MS, due, startedAt + FIRST_COPY_AFTER_START_MS - now)
}

function scheduleCopy(change: boolean): void {
  const soon = suspect || (change && lastCopyAt === 0)
  // Copies soon after the last change move with each change; the others keep their time.
  if (soon) clearTimeout(copyTimer)
  else if (copyTimer !== undefined) return
  copyTimer = setTimeout(() => void whenIdle(() => void runCopy()), copyDelay(change))
}

/** `work` at the browser's next idle period (at most IDLE_WAIT_MS away), or at once without one. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => work(), { timeout: IDLE_WAIT_MS })
  else work()
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
  const controller = new AbortController()
  stopCopy = () => controller.abort()
  copying = writeLocalCopy(controller.signal)
  const report = await copying
  copying = null
  stopCopy = null
  lastReport = report
  if (report.ok) {
    lastCopyAt = report.record.at
    writeLocalRecord(report.record)
  }
  if (changedSinceCopy) scheduleCopy(false)
  return report
}

/** Write the copy now (after the database was rebuilt from memory); resolves when written. */
export function copyNow(): Promise<LocalCopyReport | null> {
  suspect = true
  clearTimeout(copyTimer)
  return runCopy()
}

/** Write the copy now from the database, as usual (after 找回 or 不找回); resolves when written. */
export function copyFromDatabaseNow(): Promise<LocalCopyReport | null> {
  clearTimeout(copyTimer)
  return runCopy()
}

/** How the last copy went (null: none yet in this session). */
export const lastLocalCopy = (): LocalCopyReport | null => lastReport

/**
 * While the database refuses writes, the copy is written from memory instead (writeMemoryLocalCopy):
 * the first time soon after storage failed, then a few seconds after the first change since the
 * last copy (the timer is not moved by later changes, so steady typing is copied every few
 * seconds, never on a keystroke), at the browser's next idle period. After a copy the disk
 * refused (still full) the next try waits longer. One copy at a time, the usual ones included.
 */
const MEMORY_COPY_AFTER_MS = 3_000
const MEMORY_RETRY_AFTER_MS = 10_000

let memoryGate: () => boolean = () => false
let memoryCopied: (report: LocalCopyReport) => void = () => undefined
let memoryDirty = false
let memoryTimer: ReturnType<typeof setTimeout> | undefined
let memoryRefusedAt = -Infinity

/** What says whether the copy is now to be written from memory, and who hears how it went. */
export function setMemoryCopyGate(
  isDue: () => boolean,
  onCopied: (report: LocalCopyReport) => void,
): void {
  memoryGate = isDue
  memoryCopied = onCopied
}

/** Something changed (or storage just failed): copy from memory soon, if it is due. */
export function noteMemoryChange(): void {
  memoryDirty = true
  scheduleMemoryCopy()
}

/** Try again (a write was refused): only when something is left to copy. */
export function retryMemoryCopy(): void {
  if (memoryDirty) scheduleMemoryCopy()
}

function scheduleMemoryCopy(): void {
  if (memoryTimer !== undefined || !memoryGate()) return
  const retryIn = memoryRefusedAt + MEMORY_RETRY_AFTER_MS - Date.now()
  memoryTimer = setTimeout(
    () => whenIdle(() => void runMemoryCopy()),
    Math.max(MEMORY_COPY_AFTER_MS, retryIn),
  )
}

/** A copy's write that hangs (a disk that blocks) is given up, so later copies are not held. */
const MEMORY_COPY_GIVE_UP_MS = 30_000

function orGiveUp(copy: Promise<LocalCopyReport>): Promise<LocalCopyReport> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const givenUp = new Promise<LocalCopyReport>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: '保存本机副本迟迟没有完成' }),
      MEMORY_COPY_GIVE_UP_MS,
    )
  })
  return Promise.race([copy, givenUp]).finally(() => clearTimeout(timer))
}

async function runMemoryCopy(): Promise<void> {
  memoryTimer = undefined
  if (!memoryGate() || !memoryDirty) return
  if (copying) {
    // One copy at a time. A copy from the database then in flight is stopped: it reads a
    // database that may never answer, and would write an older copy over this one.
    stopCopy?.()
    await copying.catch(() => null)
    scheduleMemoryCopy()
    return
  }
  memoryDirty = false
  copying = orGiveUp(writeMemoryLocalCopy(unsavedTexts()))
  const report = await copying
  copying = null
  if (report.ok) {
    memoryRefusedAt = -Infinity
    lastReport = report
    writeLocalRecord(report.record)
  } else {
    memoryDirty = true
    memoryRefusedAt = Date.now()
  }
  memoryCopied(report)
  if (memoryDirty) scheduleMemoryCopy()
}
