import 'fake-indexeddb/auto'
import { beforeEach } from 'vitest'

// Documents a case opened (db/planDocuments) are closed before the next case wipes the database.
beforeEach(async () => {
  const close = (globalThis as { __closePlanDocuments?: () => Promise<void> }).__closePlanDocuments
  await close?.()
})
