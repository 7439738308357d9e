import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { newNodeRecord } from '../domain/document/documentRows'
import {
  NODE_KEY,
  nodesMap,
  readAllRecords,
  recordBody,
  textOf,
} from '../domain/document/planDocument'
import { projectTree, type Projection } from '../domain/document/projectTree'
import { seededRandom } from '../test/seededRandom'
import { DocumentRowsWriter } from './documentRowsWriter'

/** A seeded random source with a pick from a list: every failure can be replayed. */
function random(seed: number) {
  const next = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  return { next, pick }
}

const KEYS = ['a0', 'a1', 'a2', 'a3', 'a0V', 'Zz', '', 'not a key']

/** One random edit of the records, as a command or another window would make it. */
function randomEdit(doc: Y.Doc, rand: ReturnType<typeof random>, counter: { next: number }) {
  const map = nodesMap(doc)
  const ids = [...map.keys()]
  const id = rand.pick(ids)
  const record = map.get(id)
  const kind = rand.next()
  doc.transact(() => {
    if (kind < 0.35 && record) {
      // A move (maybe into its own subtree: a cycle the projection repairs), as setPosition.
      const parentId = rand.next() < 0.2 ? null : rand.pick(ids)
      record.set(NODE_KEY.previousParentId, record.get(NODE_KEY.parentId) ?? null)
      record.set(NODE_KEY.parentId, parentId)
      // Half of them with a key of its own, as a move here makes (the writer's quick way).
      const fresh = `a1${'bcdefghijk'[counter.next % 10]}${counter.next++}x`
      record.set(NODE_KEY.orderKey, rand.next() < 0.5 ? fresh : rand.pick(KEYS))
    } else if (kind < 0.5) {
      const newId = `n${counter.next++}`
      const parentId = rand.next() < 0.1 ? 'missing' : rand.pick([null, ...ids])
      map.set(
        newId,
        newNodeRecord({ parentId, orderKey: rand.pick(KEYS), title: newId, body: null }),
      )
    } else if (kind < 0.6 && record) {
      record.set(NODE_KEY.deletedAt, 1)
    } else if (kind < 0.7 && record) {
      record.delete(NODE_KEY.deletedAt)
    } else if (kind < 0.75) {
      map.delete(id)
    } else if (kind < 0.85 && record) {
      record.set(NODE_KEY.title, textOf(`改${counter.next++}`))
    } else if (record) {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('正文')])
      recordBody(record).insert(0, [paragraph])
    }
  })
}

const comparable = (projection: Projection) => ({
  nodes: projection.nodes,
  hidden: [...projection.hidden].sort(),
  reparented: [...projection.repair.reparented].sort((a, b) => (a.id < b.id ? -1 : 1)),
  rekeyed: [...projection.repair.rekeyed].sort((a, b) => (a.id < b.id ? -1 : 1)),
})

describe('the rows writer’s projection', () => {
  it('kept up record by record, is the projection of all records after every random edit', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rand = random(seed)
      const doc = new Y.Doc()
      const other = new Y.Doc()
      const counter = { next: 0 }
      doc.transact(() => {
        for (let index = 0; index < 12; index++)
          nodesMap(doc).set(
            `n${counter.next++}`,
            newNodeRecord({
              parentId: index < 3 ? null : `n${Math.floor(rand.next() * index)}`,
              orderKey: rand.pick(KEYS.slice(0, 4)),
              title: `n${index}`,
              body: null,
            }),
          )
      })
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
      const writer = new DocumentRowsWriter('plan', doc, [])
      try {
        writer.projectionNow()
        for (let step = 0; step < 60; step++) {
          if (rand.next() < 0.3) {
            // Another window's edits, arriving as one update.
            randomEdit(other, rand, counter)
            Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), 'remote')
          } else randomEdit(doc, rand, counter)
          Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)))
          const kept = writer.projectionNow()
          const full = projectTree(readAllRecords(doc))
          expect(comparable(kept.projection), `seed ${seed}, step ${step}`).toEqual(
            comparable(full),
          )
          for (const record of readAllRecords(doc))
            expect(kept.records.get(record.id)).toEqual(record)
        }
      } finally {
        writer.dispose()
      }
    }
  })
})
