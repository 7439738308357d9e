// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../db/db'
import { COPY_FILE, COPY_RECORD_FILE } from '../db/localCopyFiles'
import { createPlan, deletePlan } from '../db/planRepo'
import { settingKeys } from '../db/schema'
import { readLocalRecord } from '../db/storeRecord'
import type { StoreRecord } from '../domain/backup/storeLoss'
import { checkStoreOnStart } from './checkStoreOnStart'
import { useStorageHealth } from './storageHealthStore'

const plan = (title: string) =>
  createPlan(
    { title, unit: '某单位', year: 2026 },
    { nodes: [{ id: `${title}-1`, parentId: null, orderKey: 'a0', title: '一', body: null }] },
  )

/** A browser start: the app's state as a fresh page has it, the stores as they are. */
async function start() {
  useStorageHealth.setState({ wiped: null, checked: false })
  await checkStoreOnStart()
  return useStorageHealth.getState()
}

/** The browser deletes the origin's database (what Chromium may do after a full disk). */
async function browserDeletesDatabase() {
  db.close()
  await db.delete()
  await db.open()
}

/** A stand-in for the origin private file system holding a copy with this record. */
function copyInOpfs(record: StoreRecord) {
  const files = new Map([
    [COPY_FILE, new File(['{}'], COPY_FILE)],
    [COPY_RECORD_FILE, new File([JSON.stringify(record)], COPY_RECORD_FILE)],
  ])
  const directory = {
    getFileHandle: (name: string) => {
      const file = files.get(name)
      return file
        ? Promise.resolve({ getFile: () => Promise.resolve(file) })
        : Promise.reject(new DOMException('missing', 'NotFoundError'))
    },
  }
  vi.stubGlobal('navigator', { storage: { getDirectory: () => Promise.resolve(directory) } })
}

beforeEach(async () => {
  await browserDeletesDatabase()
  localStorage.clear()
})
afterEach(() => vi.unstubAllGlobals())

describe('checkStoreOnStart', () => {
  it('on a first start records the database (an id written into it) and shows nothing', async () => {
    const state = await start()
    expect(state.wiped).toBeNull()
    expect(state.checked).toBe(true)
    const id = (await db.settings.get(settingKeys.databaseId))?.value
    expect(typeof id).toBe('string')
    expect(readLocalRecord()).toMatchObject({ databaseId: id, plans: 0, nodes: 0 })
  })

  it('says the plans are lost when the browser deleted the database since the last start', async () => {
    await start()
    await plan('甲')
    await plan('乙')
    await start()
    expect(readLocalRecord()).toMatchObject({ plans: 2, nodes: 2 })

    await browserDeletesDatabase()
    const state = await start()
    expect(state.wiped).toMatchObject({ before: { plans: 2, nodes: 2 }, copyAt: null })
    // Nothing is recorded over what was known until the user decides.
    expect(readLocalRecord()).toMatchObject({ plans: 2 })
    expect(state.checked).toBe(false)
  })

  it('keeps quiet when the user deleted the plans themselves', async () => {
    await start()
    const id = await plan('甲')
    await start()
    await deletePlan(id)
    const state = await start()
    expect(state.wiped).toBeNull()
    expect(readLocalRecord()).toMatchObject({ plans: 0 })
  })

  it('finds the loss from the copy in OPFS alone (localStorage gone too), and offers it', async () => {
    copyInOpfs({ databaseId: 'old', plans: 3, nodes: 40, at: 1234 })
    const state = await start()
    expect(state.wiped).toEqual({
      before: { databaseId: 'old', plans: 3, nodes: 40, at: 1234 },
      copyAt: 1234,
    })
  })
})
