import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../db/db'

/** A live setting: re-renders when any tab changes it. `undefined` while loading. */
export function useSetting<T>(key: string, fallback: T): T | undefined {
  return useLiveQuery(async () => {
    const row = await db.settings.get(key)
    return row === undefined ? fallback : (row.value as T)
  }, [key])
}
