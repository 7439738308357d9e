import { create } from 'zustand'
import { probeWrites, watchDatabase, type DatabaseEvent } from '../db/databaseHealth'
import { diskTakesWrites } from '../db/diskTakesWrites'
import { rebuildDatabase } from '../db/memoryBackup'
import { memoryMirrorLoaded } from '../db/memoryMirror'
import type { StoreRecord } from '../domain/backup/storeLoss'
import { LIMITS } from '../domain/limits/limits'
import { onDocumentEdited } from '../db/documentUpdates'
import {
  copyNow,
  markStorageSuspect,
  noteCommitted,
  noteMemoryChange,
  retryMemoryCopy,
  setLocalCopyGate,
  setMemoryCopyGate,
} from './localCopySchedule'
import { showToast } from './toastStore'
import { unsavedTexts } from './pendingEdits'

/**
 * How storage is doing, for the banner on every screen: free space running low (from
 * navigator.storage.estimate), writes failing or stalled (a full disk), the database recreated
 * empty under the app while memory still holds every plan.
 */
export interface StorageHealth {
  /** Estimated free space is low: usage and quota in bytes. */
  low: { usage: number; quota: number } | null
  /** Writes fail: the storage error's name (QuotaExceededError, UnknownError…). */
  failing: string | null
  /** A write has waited seconds without committing. */
  stalled: boolean
  /** The browser recreated the database empty; memory holds the plans until written back. */
  lost: boolean
  /** Storage failed since the database was last made sound: its files may be damaged. */
  damaged: boolean
  /** The database is being made anew from memory (rebuildDatabase). */
  rebuilding: boolean
  /**
   * At start the database held fewer plans than recorded, and is another one: the browser
   * deleted it (Chromium may, at the start after a full disk). `copyAt`: the time of the copy
   * in OPFS that can be restored (null: none, only a backup file can).
   */
  wiped: { before: StoreRecord; copyAt: number | null } | null
  /** The start check is done (records and copies are written only after it). */
  checked: boolean
  /**
   * The disk takes writes again, yet the browser still refuses every request of the database
   * (Chromium after a full disk, until it restarts): waiting will not help, a restart will.
   */
  stuck: boolean
  /**
   * While storage fails: when the copy in OPFS was last written from memory (null: not in this
   * failure). The text is then on this computer outside the database too.
   */
  memoryCopyAt: number | null
  /**
   * At start: the copy written from memory while the database failed holds plans newer than the
   * database (`changed`) or missing from it (`added`); 找回 writes them in, 不找回 lets them go.
   * Until then the copy is left as it is.
   */
  recoverable: { changed: string[]; added: string[]; at: number } | null
}

export const useStorageHealth = create<StorageHealth>(() => ({
  low: null,
  failing: null,
  stalled: false,
  lost: false,
  damaged: false,
  rebuilding: false,
  wiped: null,
  checked: false,
  stuck: false,
  memoryCopyAt: null,
  recoverable: null,
}))

/** Whether the plans on screen are to be taken from memory rather than the database. */
export const holdsInMemory = (state: StorageHealth): boolean => state.lost || state.rebuilding

/** The banner's level, most serious first. */
export function healthLevel(
  state: StorageHealth,
): 'lost' | 'wiped' | 'full' | 'recover' | 'low' | 'ok' {
  if (state.lost) return 'lost'
  if (state.wiped) return 'wiped'
  if (state.failing || state.stalled) return 'full'
  if (state.recoverable) return 'recover'
  if (state.low) return 'low'
  return 'ok'
}

/**
 * Whether the database is sound enough to be recorded and copied (see localCopySchedule): checked
 * at start, not wiped, and no storage failure since it was last made sound.
 */
export const canKeepCopy = (state: StorageHealth): boolean =>
  state.checked &&
  !state.wiped &&
  !state.recoverable &&
  !state.lost &&
  !state.rebuilding &&
  !state.damaged &&
  !state.failing &&
  !state.stalled

/**
 * Whether the copy is to be written from memory now: the database is stuck (the disk takes
 * writes, the database refuses them), after the start check and with nothing waiting to be found
 * back. Not while the disk is plainly full or the database was recreated: with copies attempted
 * then, Chromium never got stuck in 8 tmpfs runs (2 of 4 without) — see document-model.md.
 */
export const copiesFromMemory = (state: StorageHealth): boolean =>
  state.checked && !state.wiped && !state.recoverable && !state.rebuilding && state.stuck

/** Whether an estimate leaves too little room: under LIMITS.storageWarnFreeBytes, or 90 % used. */
export function isLowStorage(estimate: { usage?: number; quota?: number }): boolean {
  const { usage, quota } = estimate
  if (usage === undefined || !quota) return false
  return quota - usage < LIMITS.storageWarnFreeBytes || usage / quota >= 0.9
}

/** Ask the browser how much room is left and update `low`. */
export async function checkStorageEstimate(): Promise<void> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  const estimate = await storage?.estimate?.().catch(() => undefined)
  if (!estimate) return
  const low = isLowStorage(estimate)
    ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 }
    : null
  const before = useStorageHealth.getState().low
  if (before?.usage !== low?.usage || before?.quota !== low?.quota)
    useStorageHealth.setState({ low })
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) {
    const inner = (error as { inner?: { name?: string } }).inner
    return inner?.name ?? String((error as { name: unknown }).name)
  }
  return 'UnknownError'
}

/**
 * Make the database anew from memory (after a full disk its files may be damaged: see
 * rebuildDatabase). On failure everything stays in memory and the banner offers 写回数据库.
 */
export async function repairDatabase(): Promise<number> {
  useStorageHealth.setState({ rebuilding: true })
  try {
    const plans = await rebuildDatabase(unsavedTexts())
    useStorageHealth.setState({ lost: false, damaged: false, failing: null, stalled: false })
    // Chromium may still delete this database at the next start: a copy beside it, now.
    await copyNow().catch(() => null)
    return plans
  } catch (error) {
    // Deleted and not written back, or not deleted: either way memory holds it all.
    useStorageHealth.setState({ lost: true, damaged: true })
    throw error
  } finally {
    useStorageHealth.setState({ rebuilding: false })
  }
}

/** How often writes are tried while storage refuses them and nothing else is being saved. */
const PROBE_EVERY_MS = 3000
let probeTimer: ReturnType<typeof setInterval> | undefined

/**
 * While writes fail, try one every 3 s: once the disk has room, its commit clears the banner and
 * rebuilds the database (as typing would) even when the user has stopped typing.
 */
function probeWhileFailing(): void {
  if (probeTimer !== undefined) return
  probeTimer = setInterval(() => {
    const state = useStorageHealth.getState()
    if (!state.failing || state.lost) {
      clearInterval(probeTimer)
      probeTimer = undefined
      return
    }
    if (!state.rebuilding) probeWrites().catch(() => undefined)
  }, PROBE_EVERY_MS)
}

/**
 * Refusals in a row (failed writes, the probe's every 3 s, refused opens every 2 s) after which,
 * if the disk takes writes again, the database is stuck (see checkStuckDatabase); the disk is
 * asked at most every STUCK_CHECK_EVERY_MS.
 */
const STUCK_AFTER_REFUSALS = 3
/** Errors of storage itself (not of what was written: a ConstraintError is never counted). */
const STORAGE_REFUSALS = new Set([
  'QuotaExceededError',
  'UnknownError',
  'AbortError',
  'InvalidStateError',
  'DatabaseClosedError',
])
const STUCK_CHECK_EVERY_MS = 5_000
let refusals = 0
let stuckCheck: Promise<void> | null = null
let stuckCheckedAt = -Infinity

/** One more refusal: the database may be stuck (see checkStuckDatabase). */
function noteRefusal(): void {
  refusals += 1
  if (refusals < STUCK_AFTER_REFUSALS) return
  if (Date.now() - stuckCheckedAt < STUCK_CHECK_EVERY_MS) return
  stuckCheckedAt = Date.now()
  checkStuckDatabase()
}

/**
 * The database refuses every write or open though the disk has room again: Chromium, after a
 * full disk, can answer every request of the origin's database (open, even delete) with
 * `UnknownError: Internal error.` until the browser restarts. The user is told so (`stuck`):
 * everything stays in memory, 备份全部数据 saves it, and the browser must be restarted. Probing
 * goes on meanwhile; a commit or a reopen clears it. The disk is asked by writing a file to the
 * private file system (a still-full disk is the plain full case).
 */
function checkStuckDatabase(): void {
  if (stuckCheck) return
  stuckCheck = (async () => {
    if (useStorageHealth.getState().lost) return
    const stuck = await diskTakesWrites()
    // A commit may have come meanwhile: only a database still refusing is stuck.
    if (stuck && refusals >= STUCK_AFTER_REFUSALS) useStorageHealth.setState({ stuck: true })
  })().finally(() => {
    stuckCheck = null
  })
}

/** Apply one event from the database to the health state. */
export function applyDatabaseEvent(event: DatabaseEvent): void {
  const set = useStorageHealth.setState
  const state = useStorageHealth.getState()
  if (state.rebuilding) return
  if (event.kind !== 'committed' && event.kind !== 'reopened') markStorageSuspect()
  switch (event.kind) {
    case 'committed':
      refusals = 0
      set({ failing: null, stalled: false, stuck: false, memoryCopyAt: null })
      noteCommitted()
      // Writes work again after a failure: make the database sound before anything else.
      if (state.damaged && !state.lost && memoryMirrorLoaded())
        repairDatabase().then(
          () => showToast('存储空间已恢复，本机数据库已按内存中的内容重建，内容完整'),
          () => undefined,
        )
      return
    case 'failed':
      set({ failing: event.error?.name ?? 'AbortError', stalled: false, damaged: true })
      retryMemoryCopy()
      void checkStorageEstimate()
      probeWhileFailing()
      if (STORAGE_REFUSALS.has(event.error?.name ?? 'AbortError')) noteRefusal()
      return
    case 'stalled':
      set({ stalled: true, damaged: true })
      return
    case 'closed':
      set({ failing: state.failing ?? 'DatabaseClosedError', damaged: true })
      probeWhileFailing()
      return
    case 'openFailed':
      set({ failing: errorName(event.error), damaged: true })
      probeWhileFailing()
      noteRefusal()
      return
    case 'reopened':
      refusals = 0
      if (state.stuck) set({ stuck: false })
      if (event.recreated) set({ lost: true, damaged: true })
      // Open again: writes may work; the next commit clears `failing`.
      return
  }
}

/** How often the estimate is asked while the app runs. */
const ESTIMATE_EVERY_MS = 60_000

/** Start watching: database events and, now and every minute, the storage estimate. */
export function watchStorageHealth(): void {
  setLocalCopyGate(() => canKeepCopy(useStorageHealth.getState()))
  setMemoryCopyGate(
    () => copiesFromMemory(useStorageHealth.getState()),
    (report) => {
      if (report.ok) useStorageHealth.setState({ memoryCopyAt: report.record.at })
    },
  )
  onDocumentEdited(() => {
    if (copiesFromMemory(useStorageHealth.getState())) noteMemoryChange()
  })
  // Storage just failed, or the disk has room again while the database stays stuck: copy now.
  useStorageHealth.subscribe((state, before) => {
    if (!copiesFromMemory(state)) return
    if (!copiesFromMemory(before) || (state.stuck && !before.stuck)) noteMemoryChange()
  })
  watchDatabase(applyDatabaseEvent)
  void checkStorageEstimate()
  setInterval(() => void checkStorageEstimate(), ESTIMATE_EVERY_MS)
}
