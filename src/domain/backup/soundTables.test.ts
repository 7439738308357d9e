import { describe, expect, it } from 'vitest'
import { serializeBackup } from './backupFile'
import { parseBackup } from './parseBackup'
import { soundTables } from './soundTables'
import { testBackup, testTables } from './testBackup'

describe('soundTables', () => {
  it('passes sound tables through unchanged', () => {
    const tables = testTables()
    expect(soundTables(tables)).toEqual(tables)
  })

  it('leaves out leftovers of deleted plans and repairs a damaged outline, so the file restores', () => {
    const tables = testTables()
    tables.nodes.push({ ...tables.nodes[0], id: 'gone', planId: 'P9' })
    tables.nodes[2] = { ...tables.nodes[2], parentId: 'missing' }
    tables.nodes[0] = { ...tables.nodes[0], parentId: 'A1' }
    tables.settings.push({ key: 'printHeader:P9', value: {} })
    tables.snapshots.push({ ...tables.snapshots[0], id: 'S9', planId: 'P9' })
    const sound = soundTables(tables)
    expect(sound.nodes.map((node) => node.id)).toEqual(['A', 'A1', 'B', 'C'])
    expect(sound.nodes.find((node) => node.id === 'B')?.parentId).toBeNull()
    expect(sound.snapshots.map((row) => row.id)).toEqual(['S1'])
    expect(sound.settings.map((row) => row.key)).not.toContain('printHeader:P9')
    expect(parseBackup(serializeBackup(testBackup(sound))).ok).toBe(true)
  })
})
