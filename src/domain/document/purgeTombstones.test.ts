import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { trashCutoff } from '../trash/trashPolicy'
import { deleteNode } from './documentOperations'
import { newNodeRecord } from './documentRows'
import { LocalOrigin, NODE_KEY, nodeRecord, nodesMap } from './planDocument'
import { PlanUndo } from './planUndo'
import { purgeTombstones } from './purgeTombstones'
import { documentFromSketch, drawDocument } from './testDocument'

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2026, 11, 4)

/*
 * A          A deleted 40 days ago (with A1 under it, and A9 added under it elsewhere since)
 *   A1
 * B          B deleted 29 days ago
 *   B1
 * C          C1 deleted 31 days ago, inside a live C
 *   C1
 * D
 */
const SKETCH = `
A
  A1
B
  B1
C
  C1
D`

function planWithTombstones(): Y.Doc {
  const doc = documentFromSketch(SKETCH)
  doc.transact(() => {
    nodeRecord(doc, 'A')!.set(NODE_KEY.deletedAt, NOW - 40 * DAY)
    nodeRecord(doc, 'B')!.set(NODE_KEY.deletedAt, NOW - 29 * DAY)
    nodeRecord(doc, 'C1')!.set(NODE_KEY.deletedAt, NOW - 31 * DAY)
    nodesMap(doc).set(
      'A9',
      newNodeRecord({ parentId: 'A', orderKey: 'a5', title: 'A9', body: null }),
    )
  })
  return doc
}

const ids = (doc: Y.Doc) => [...nodesMap(doc).keys()].sort()

describe('purging tombstones older than the trash keeps them (30 days)', () => {
  it('deletes the records of items deleted before the cut-off, with everything under them', () => {
    const doc = planWithTombstones()
    const origins: unknown[] = []
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin))
    const purged = purgeTombstones(doc, trashCutoff(NOW), 'purge')
    expect(purged.sort()).toEqual(['A', 'A1', 'A9', 'C1'])
    expect(ids(doc)).toEqual(['B', 'B1', 'C', 'D'])
    // One transaction; the visible outline is unchanged.
    expect(origins).toEqual(['purge'])
    expect(drawDocument(doc)).toBe(drawDocument(planWithTombstones()))
  })

  it('leaves recent deletes alone: undo still brings the item back with its text', () => {
    const doc = planWithTombstones()
    const undo = new PlanUndo(doc, new LocalOrigin('window'))
    deleteNode(undo, 'D')
    expect(drawDocument(doc)).not.toContain('D')
    purgeTombstones(doc, trashCutoff(Date.now()), 'purge')
    expect(ids(doc)).toContain('D')
    undo.undo()
    expect(drawDocument(doc)).toContain('D')
    expect(ids(doc)).toContain('B')
  })

  it('changes nothing, and writes no transaction, when no tombstone is old enough', () => {
    const doc = planWithTombstones()
    const before = Y.encodeStateVector(doc)
    expect(purgeTombstones(doc, NOW - 60 * DAY, 'purge')).toEqual([])
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('never purges an item the outline shows, even in a cycle with an old tombstone', () => {
    const doc = planWithTombstones()
    // Concurrent moves left C under its own deleted child: the projection shows C all the same.
    doc.transact(() => nodeRecord(doc, 'C')!.set(NODE_KEY.parentId, 'C1'))
    const shown = drawDocument(doc)
    expect(shown).toContain('C')
    expect(purgeTombstones(doc, trashCutoff(NOW), 'purge').sort()).toEqual(['A', 'A1', 'A9', 'C1'])
    expect(drawDocument(doc)).toBe(shown)
  })
})
