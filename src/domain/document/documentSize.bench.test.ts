import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { generatePlan } from '../../../bench/plans.mjs'
import { moveNodeUpOrDown, renameNode } from './documentOperations'
import { documentFromRows, rowsFromDocument } from './documentRows'
import { readAllRecords } from './planDocument'
import { PlanUndo } from './planUndo'
import { projectTree } from './projectTree'

/**
 * Prints the size and load time of the bench's L (1,990 items) and XL (10,020 items) plans as
 * documents (docs/design/document-model.md, "Sizes"). Figures only: no timing is asserted.
 */
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now()
  const result = work()
  return [result, performance.now() - start]
}

describe.each(['L', 'XL'])('plan %s as a document', (size) => {
  it('converts, encodes, loads and reads', () => {
    const { plan, nodes, chapterIds } = generatePlan(size)
    const rowsBytes = new TextEncoder().encode(JSON.stringify(nodes)).length
    const [doc, convertMs] = time(() => documentFromRows(plan, nodes))
    const [update, encodeMs] = time(() => Y.encodeStateAsUpdate(doc))
    // The median of three loads (the first also warms the engine up).
    const loads = [0, 1, 2].map(() =>
      time(() => {
        const fresh = new Y.Doc()
        Y.applyUpdate(fresh, update)
        return fresh
      }),
    )
    const loaded = loads[0][0]
    const loadMs = loads.map(([, ms]) => ms).sort((a, b) => a - b)[1]
    const [, projectMs] = time(() => projectTree(readAllRecords(loaded)))
    const [rows, readAllMs] = time(() => rowsFromDocument(loaded))
    const [, structureMs] = time(() => rowsFromDocument(loaded, new Set()))
    expect(rows).toHaveLength(nodes.length)
    // An edit's update, as sent to other windows: a rename and a chapter move.
    const undo = new PlanUndo(loaded)
    const updates: Uint8Array[] = []
    loaded.on('update', (u: Uint8Array) => updates.push(u))
    const [, renameMs] = time(() => renameNode(undo, nodes[100].id, '改过的标题'))
    const [, moveMs] = time(() => moveNodeUpOrDown(undo, chapterIds[5], -1))
    // After 100 renames of one title the document keeps their tombstones.
    for (let i = 0; i < 100; i++) renameNode(undo, nodes[200].id, `标题${i}`)
    const afterEdits = Y.encodeStateAsUpdate(loaded).length
    console.log(
      `[document size] ${size}: ${nodes.length} items; rows JSON ${(rowsBytes / 1024).toFixed(0)} KB; ` +
        `update ${(update.length / 1024).toFixed(0)} KB; convert ${convertMs.toFixed(0)} ms; ` +
        `encode ${encodeMs.toFixed(0)} ms; load ${loadMs.toFixed(0)} ms; project tree ` +
        `${projectMs.toFixed(0)} ms; read rows with bodies ${readAllMs.toFixed(0)} ms, without ` +
        `${structureMs.toFixed(0)} ms; rename ${renameMs.toFixed(0)} ms (${updates[0].length} B); ` +
        `move chapter ${moveMs.toFixed(0)} ms (${updates[1].length} B); after 100 more ` +
        `renames ${(afterEdits / 1024).toFixed(0)} KB`,
    )
  }, 120_000)
})
