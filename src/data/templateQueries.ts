import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../db/db'
import { sortTemplates } from '../domain/templates/sortTemplates'
import type { Template } from '../domain/templates/types'

/** Built-in and own templates in gallery order. `undefined` while loading. */
export function useTemplates(): { builtin: Template[]; own: Template[] } | undefined {
  return useLiveQuery(async () => sortTemplates(await db.templates.toArray()), [])
}
