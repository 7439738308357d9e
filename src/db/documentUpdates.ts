import type { DexieYProvider } from 'y-dexie'
import * as Y from 'yjs'
import { db } from './db'
import { listenToUpdateWrites } from './documentStorage'
import { DOC_UPDATES_TABLE } from './schema'

/** What the save status hears of a document's updates (set by the store layer). */
export interface DocumentSaveReporter {
  /** A write (the rows written from a document) is on its way to IndexedDB. */
  begin: () => void
  succeed: () => void
  fail: (error: unknown) => void
  /**
   * Whether a document (`key`: one per open document) holds updates IndexedDB has not taken:
   * a state, not a count, so a report heard twice or never cannot leave 正在保存… behind.
   * `false` means every update made here is stored.
   */
  holding: (key: string, holding: boolean) => void
  /** Updates were refused (a full disk): said until they are stored. */
  refused: (error: unknown) => void
}

let reporter: DocumentSaveReporter = {
  begin: () => undefined,
  succeed: () => undefined,
  fail: () => undefined,
  holding: () => undefined,
  refused: () => undefined,
}

export function setDocumentSaveReporter(next: DocumentSaveReporter): void {
  reporter = next
}

/** The save status, for the rows written from a document (db/documentRowsWriter). */
export const documentSaveReporter = (): DocumentSaveReporter => reporter

const RESCUE_PREFIX = 'plandraft-doc-rescue:'

const toBase64 = (bytes: Uint8Array): string => {
  let text = ''
  for (let index = 0; index < bytes.length; index += 0x8000)
    text += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  return btoa(text)
}
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

let editListener: () => void = () => undefined

/** Who hears that a document was changed in this window (the copy kept while storage fails). */
export function onDocumentEdited(listener: () => void): void {
  editListener = listener
}

/** Refused updates are written again this often until IndexedDB takes them. */
export const RETRY_REFUSED_MS = 2000

let instances = 0

/**
 * A document's own updates on their way to IndexedDB. y-dexie adds each update made here as one
 * row; the storage middleware tells when the add of each (the very update) has committed or
 * failed. Until it has committed the update is held here: the save status says 正在保存…, a page
 * closing keeps the held updates in localStorage (applied again at the next open: applying an
 * update twice changes nothing), and updates a full disk refused are written again, merged, with
 * the next update that gets through and every 2 s until one does.
 *
 * Every update is followed by identity, never counted: a report for an update no longer held is
 * ignored (an add y-dexie could not make is refused from its error, and may still commit later);
 * a refused update the middleware later sees commit is settled too. The save status hears the
 * state (holding or not), so no report heard twice, late or never can leave it behind.
 */
export class DocumentUpdates {
  private held: Uint8Array[] = []
  private refused: Uint8Array[] = []
  private readonly key: string
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private disposed = false
  private readonly stopListening: () => void
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return
    this.held.push(update)
    this.report()
    editListener()
  }

  constructor(
    readonly planId: string,
    readonly doc: Y.Doc,
    private readonly provider: DexieYProvider,
  ) {
    this.key = `doc:${planId}#${++instances}`
    doc.on('updateV2', this.onUpdate)
    this.stopListening = listenToUpdateWrites(planId, {
      stored: (updates) => this.stored(updates),
      refused: (updates, error) => this.refuse(updates, error),
    })
  }

  /** These updates are in IndexedDB (held, or refused before and committed after all). */
  stored(updates: readonly Uint8Array[]): void {
    const done = new Set(updates)
    this.held = this.held.filter((update) => !done.has(update))
    this.refused = this.refused.filter((update) => !done.has(update))
    // The disk takes writes again: what it refused goes now.
    if (this.refused.length) this.writeRefused()
    if (this.allStored) this.clearRescue()
    this.report()
  }

  /** These updates' adds failed: kept, and written again. */
  refuse(updates: readonly Uint8Array[], error: unknown): void {
    const failed = new Set(updates)
    const moved = this.held.filter((update) => failed.has(update))
    if (moved.length === 0) return
    this.held = this.held.filter((update) => !failed.has(update))
    this.refused.push(...moved)
    reporter.refused(error)
    this.scheduleRetry()
    this.report()
  }

  /**
   * y-dexie could not store (the database closed under the app: its adds may never reach
   * IndexedDB, so the storage middleware cannot report them): every held update is kept as
   * refused and written again. One that commits after all is settled when it does.
   */
  refuseHeld(error: unknown): void {
    this.refuse([...this.held], error)
  }

  /** Write what was refused again now (the database was rebuilt or has room again). */
  retryRefused(): void {
    if (this.refused.length) this.writeRefused()
  }

  /** Whether IndexedDB holds every update made here. */
  get allStored(): boolean {
    return this.held.length === 0 && this.refused.length === 0
  }

  /**
   * Stop following the document. What IndexedDB has not taken is kept in localStorage first
   * (applied at the next open), and the save status no longer waits for it.
   */
  dispose(): void {
    if (!this.allStored) this.rescue()
    this.disposed = true
    this.doc.off('updateV2', this.onUpdate)
    this.stopListening()
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    reporter.holding(this.key, false)
  }

  private report(): void {
    if (!this.disposed) reporter.holding(this.key, !this.allStored)
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.disposed) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      if (this.refused.length) this.writeRefused()
    }, RETRY_REFUSED_MS)
  }

  /** Refused updates, merged, written as one more row (the disk has room again). */
  private writeRefused(): void {
    const refused = this.refused
    this.refused = []
    const merged = Y.mergeUpdatesV2(refused)
    this.held.push(merged)
    this.report()
    // Reported by the storage middleware like y-dexie's own adds; an add that never reaches it
    // (the database is closed) is refused here.
    db.table(DOC_UPDATES_TABLE)
      .add({ k: this.planId, u: merged, f: 1 })
      .catch((error: unknown) => this.refuse([merged], error))
  }

  /** Synchronously keep what IndexedDB has not taken (the page is closing). */
  rescue(): void {
    const pending = [...this.refused, ...this.held]
    if (pending.length === 0) return
    try {
      localStorage.setItem(RESCUE_PREFIX + this.planId, toBase64(Y.mergeUpdatesV2(pending)))
    } catch {
      // Full or unavailable: the IndexedDB writes already started are all there is.
    }
  }

  private clearRescue(): void {
    try {
      localStorage.removeItem(RESCUE_PREFIX + this.planId)
    } catch {
      // Nothing to clear.
    }
  }

  /** What a closed page kept: applied as an update of this window (so y-dexie stores it). */
  applyRescued(): void {
    let kept: string | null = null
    try {
      kept = localStorage.getItem(RESCUE_PREFIX + this.planId)
    } catch {
      return
    }
    if (!kept) return
    try {
      Y.applyUpdateV2(this.doc, fromBase64(kept), 'plandraft-rescued')
    } catch {
      // A damaged copy: nothing to apply.
    }
  }
}
