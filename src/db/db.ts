import { openDb } from './schema'

/** The app's one database connection. Tests open their own with `openDb(name)`. */
export const db = openDb()
