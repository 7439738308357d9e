import type { DexieYProvider } from 'y-dexie'
import * as Y from 'yjs'
import { db } from './db'
import { listenToUpdateWrites } from './documentStorage'
import { DOC_UPDATES_TABLE } from './schema'

/** What the save status hears of a document's updates (set by the store layer). */
export interface DocumentSaveReporter {
  /** An update was made here and is on its way to IndexedDB. */
  begin: () => void
  succeed: () => void
  fail: (error: unknown) => void
}

let reporter: DocumentSaveReporter = {
  begin: () => undefined,
  succeed: () => undefined,
  fail: () => undefined,
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

/**
 * A document's own updates on their way to IndexedDB. y-dexie adds each update made here as one
 * row (in order); the storage middleware tells when each add has committed. Until then the
 * update is held here: the save status says 正在保存…, a page closing keeps the held updates in
 * localStorage (applied again at the next open: applying an update twice changes nothing), and
 * updates a full disk refused are written again with the next update that gets through.
 */
export class DocumentUpdates {
  private held: Uint8Array[] = []
  private refused: Uint8Array[] = []
  private readonly stopListening: () => void
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return
    this.held.push(update)
    reporter.begin()
  }

  constructor(
    readonly planId: string,
    readonly doc: Y.Doc,
    private readonly provider: DexieYProvider,
  ) {
    doc.on('updateV2', this.onUpdate)
    this.stopListening = listenToUpdateWrites(planId, {
      stored: (count) => {
        this.held.splice(0, count)
        for (let index = 0; index < count; index++) reporter.succeed()
        if (this.refused.length) this.writeRefused()
        if (this.held.length === 0 && this.refused.length === 0) this.clearRescue()
      },
      refused: (count, error) => {
        this.refused.push(...this.held.splice(0, count))
        for (let index = 0; index < count; index++) reporter.fail(error)
      },
    })
  }

  /**
   * Every held update failed (the database closed under the app: its adds never reach
   * IndexedDB, so the storage middleware cannot report them): kept as refused.
   */
  refuseHeld(error: unknown): void {
    const held = this.held
    this.held = []
    this.refused.push(...held)
    for (let index = 0; index < held.length; index++) reporter.fail(error)
  }

  /** Write what was refused again now (the database was rebuilt or has room again). */
  retryRefused(): void {
    if (this.refused.length) this.writeRefused()
  }

  /** Whether IndexedDB holds every update made here. */
  get allStored(): boolean {
    return this.held.length === 0 && this.refused.length === 0
  }

  dispose(): void {
    this.doc.off('updateV2', this.onUpdate)
    this.stopListening()
  }

  /** Refused updates, merged, written as one more row (the disk has room again). */
  private writeRefused(): void {
    const refused = this.refused
    this.refused = []
    const merged = Y.mergeUpdatesV2(refused)
    this.held.push(merged)
    reporter.begin()
    // Reported by the storage middleware like y-dexie's own adds.
    void db
      .table(DOC_UPDATES_TABLE)
      .add({ k: this.planId, u: merged, f: 1 })
      .catch(() => undefined)
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
