import Dexie, { type EntityTable } from 'dexie'
import type { OutlineNode, Plan } from '../domain/outline/types'
import type { Phrase, PhraseCategory } from '../domain/phrases/types'

/** Table names and indexes, in one place. Bump the version (with an upgrade) on any change. */
export const DB_NAME = 'plandraft'

export const schemaV1 = {
  plans: 'id, updatedAt',
  nodes: 'id, planId',
  phrases: 'id, categoryId, builtinKey, lastUsedAt',
  phraseCategories: 'id',
  settings: 'key',
} as const

/** A key/value row for app settings (print layout, panel state, built-in phrase version…). */
export interface SettingRow {
  key: string
  value: unknown
}

export type PlanDraftDb = Dexie & {
  plans: EntityTable<Plan, 'id'>
  nodes: EntityTable<OutlineNode, 'id'>
  phrases: EntityTable<Phrase, 'id'>
  phraseCategories: EntityTable<PhraseCategory, 'id'>
  settings: EntityTable<SettingRow, 'key'>
}

export function openDb(name = DB_NAME): PlanDraftDb {
  // Immutable cache: live queries share frozen rows instead of deep-cloning 2,000 of them per change.
  const db = new Dexie(name, { cache: 'immutable' }) as PlanDraftDb
  db.version(1).stores(schemaV1)
  return db
}
