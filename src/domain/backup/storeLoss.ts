/**
 * What the app last knew of its database, kept outside IndexedDB (localStorage, and beside the
 * copy in the origin private file system): which database it was and how much it held. Chromium
 * may delete an origin's IndexedDB at a browser start after a full disk; this is how the app
 * tells that from a user who deleted their own plans.
 */
export interface StoreRecord {
  /** The id written once into the database's settings (settingKeys.databaseId). */
  databaseId: string
  /** Plans in the database, the trash included. */
  plans: number
  /** Items (outline nodes) in the database. */
  nodes: number
  /** When this was recorded (ms). */
  at: number
  /**
   * The copy was written from memory while the database refused writes (a full disk, a database
   * the browser would not open): it may hold text the database lacks (see plansNewerInCopy).
   */
  fromMemory?: true
}

/** The database as it is now, at start. */
export interface StoreState {
  /** Its id, or null when it has none (a database made anew, by the browser or the app). */
  databaseId: string | null
  plans: number
  nodes: number
}

export type StoreLoss = { lost: false } | { lost: true; before: StoreRecord }

/**
 * Whether the database lost what it had: a record says there were plans, and the database now
 * is another one (its id is not the recorded one) holding fewer. Plans the user deleted leave
 * the id as it was, so they never count as lost. The newest of the records is believed.
 */
export function detectStoreLoss(
  records: readonly (StoreRecord | null)[],
  now: StoreState,
): StoreLoss {
  const known = records.filter((record): record is StoreRecord => record !== null)
  if (known.length === 0) return { lost: false }
  const before = known.reduce((newest, record) => (record.at > newest.at ? record : newest))
  if (before.plans === 0) return { lost: false }
  if (now.databaseId === before.databaseId) return { lost: false }
  if (now.plans >= before.plans && now.nodes >= before.nodes) return { lost: false }
  return { lost: true, before }
}

/** A stored record read back (from localStorage or a file), or null when it is not one. */
export function parseStoreRecord(text: string | null): StoreRecord | null {
  if (!text) return null
  try {
    const value: unknown = JSON.parse(text)
    if (!value || typeof value !== 'object') return null
    const { databaseId, plans, nodes, at, fromMemory } = value as Record<string, unknown>
    if (typeof databaseId !== 'string' || !databaseId) return null
    const counts = [plans, nodes, at]
    if (!counts.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) return null
    const record = { databaseId, plans: plans as number, nodes: nodes as number, at: at as number }
    return fromMemory === true ? { ...record, fromMemory } : record
  } catch {
    return null
  }
}
