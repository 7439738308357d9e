import { describe, expect, it } from 'vitest'
import { backupFileChunks, backupRowCount, serializeBackup } from './backupFile'
import { largeBackup } from './largeBackup'
import { testBackup } from './testBackup'

describe('backupFileChunks', () => {
  it.each([
    ['the test backup', testBackup()],
    ['a backup of 3,500 items in 3 plans', largeBackup(3_500, 3)],
  ])('joined, %s is exactly serializeBackup’s text', (_, file) => {
    const chunks = [...backupFileChunks(file)]
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(serializeBackup(file))
    expect(chunks.reduce((sum, chunk) => sum + chunk.rows, 0)).toBe(backupRowCount(file))
  })

  it('comes in pieces of at most a thousand rows, so progress moves and the page can yield', () => {
    const file = largeBackup(3_500, 3)
    const withRows = [...backupFileChunks(file)].filter((chunk) => chunk.rows > 0)
    expect(withRows.length).toBeGreaterThanOrEqual(4)
    for (const chunk of withRows) expect(chunk.rows).toBeLessThanOrEqual(1_000)
  })
})
