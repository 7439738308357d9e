import { describe, expect, it } from 'vitest'
import { detectStoreLoss, parseStoreRecord, type StoreRecord } from './storeLoss'

const record = (over: Partial<StoreRecord> = {}): StoreRecord => ({
  databaseId: 'db-1',
  plans: 3,
  nodes: 120,
  at: 1000,
  ...over,
})

describe('detectStoreLoss', () => {
  it('says nothing on a first start (no record anywhere)', () => {
    expect(detectStoreLoss([null, null], { databaseId: null, plans: 0, nodes: 0 })).toEqual({
      lost: false,
    })
  })

  it('finds plans lost when the browser made the database anew, empty', () => {
    const before = record()
    expect(detectStoreLoss([before], { databaseId: null, plans: 0, nodes: 0 })).toEqual({
      lost: true,
      before,
    })
  })

  it('finds plans lost when a new database holds fewer than recorded', () => {
    expect(detectStoreLoss([record()], { databaseId: 'db-2', plans: 1, nodes: 10 }).lost).toBe(true)
  })

  it('keeps quiet when the user deleted plans in the same database', () => {
    expect(detectStoreLoss([record()], { databaseId: 'db-1', plans: 0, nodes: 0 }).lost).toBe(false)
  })

  it('keeps quiet when the record had no plans', () => {
    const empty = record({ plans: 0, nodes: 0 })
    expect(detectStoreLoss([empty], { databaseId: null, plans: 0, nodes: 0 }).lost).toBe(false)
  })

  it('keeps quiet when another database holds everything recorded (a restore elsewhere)', () => {
    expect(detectStoreLoss([record()], { databaseId: 'db-2', plans: 3, nodes: 120 }).lost).toBe(
      false,
    )
  })

  it('believes the newest record: localStorage or the copy beside the file', () => {
    const older = record({ databaseId: 'db-0', plans: 9, at: 500 })
    const newer = record({ databaseId: 'db-1', plans: 2, at: 2000 })
    const now = { databaseId: 'db-1', plans: 2, nodes: 120 }
    expect(detectStoreLoss([older, newer], now).lost).toBe(false)
    expect(detectStoreLoss([newer, older], now).lost).toBe(false)
    const lost = detectStoreLoss([null, older, newer], { databaseId: null, plans: 0, nodes: 0 })
    expect(lost).toEqual({ lost: true, before: newer })
  })
})

describe('parseStoreRecord', () => {
  it('reads back what was written', () => {
    expect(parseStoreRecord(JSON.stringify(record()))).toEqual(record())
  })

  it('keeps the mark of a copy written from memory while the database failed, and only a true one', () => {
    const fromMemory = record({ fromMemory: true, at: 5000 })
    expect(parseStoreRecord(JSON.stringify(fromMemory))).toEqual(fromMemory)
    expect(parseStoreRecord(JSON.stringify({ ...record(), fromMemory: 'yes' }))).toEqual(record())
    expect(parseStoreRecord(JSON.stringify(record()))).not.toHaveProperty('fromMemory')
  })

  it('refuses anything else', () => {
    for (const text of [
      null,
      '',
      'x',
      '[]',
      '{}',
      '{"databaseId":"a","plans":-1,"nodes":0,"at":1}',
    ])
      expect(parseStoreRecord(text)).toBeNull()
    expect(parseStoreRecord('{"databaseId":"a","plans":"1","nodes":0,"at":1}')).toBeNull()
  })
})
