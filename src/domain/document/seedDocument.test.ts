import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { generatePlan } from '../../../bench/plans.mjs'
import { rowsFromDocument } from './documentRows'
import { SEED_ORIGIN, seedDocument, seedUpdate } from './seedDocument'

describe('a document’s seed from the plan’s rows', () => {
  const { plan, nodes } = generatePlan('S')

  it('is the same bytes whatever the order the rows were read in (two windows, a worker)', () => {
    const one = seedUpdate(plan, nodes)
    const two = seedUpdate(plan, [...nodes].reverse())
    expect(two).toEqual(one)
    expect(seedUpdate({ ...plan, title: '另一个标题' }, nodes)).not.toEqual(one)
  })

  it('applied twice, from a worker’s bytes and on the page, holds the rows once', () => {
    const doc = new Y.Doc()
    const origins: unknown[] = []
    doc.on('afterTransaction', (transaction) => origins.push(transaction.origin))
    Y.applyUpdate(doc, seedUpdate(plan, nodes), SEED_ORIGIN)
    seedDocument(doc, plan, nodes)
    expect(origins.every((origin) => origin === SEED_ORIGIN)).toBe(true)
    const rows = rowsFromDocument(doc)
    expect(rows.map((node) => node.id).sort()).toEqual(nodes.map((node) => node.id).sort())
    const byId = new Map(nodes.map((node) => [node.id, node]))
    for (const node of rows) expect(node.title).toBe(byId.get(node.id)?.title)
  })
})
