import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { findTreeProblems, hasTreeProblems } from '../outline/treeInvariants'
import { docText } from '../outline/richText'
import {
  deleteNode,
  isNodeDeleted,
  moveNodesTo,
  readNodeBody,
  renameNode,
  addNode,
  restoreNode,
} from './documentOperations'
import { rowsFromDocument } from './documentRows'
import { LocalOrigin, nodeRecord, readAllRecords, recordBody } from './planDocument'
import { PlanUndo } from './planUndo'
import { projectTree } from './projectTree'
import { repairDocument, repairNotice } from './repairDocument'
import { drawDocument, exchange, twoReplicas } from './testDocument'

/*
 * Two machines (or windows) edit the same plan apart, then exchange updates: both must end with
 * the same valid tree. The plan:
 *   A
 *     A1
 *   B
 *     B1
 *   C
 */
const SKETCH = `
A
  A1
B
  B1
C`

function replicas() {
  const [here, there] = twoReplicas(SKETCH)
  return {
    here,
    there,
    hereUndo: new PlanUndo(here, new LocalOrigin('here')),
    thereUndo: new PlanUndo(there, new LocalOrigin('there')),
  }
}

function expectSoundAndSame(a: Y.Doc, b: Y.Doc) {
  expect(drawDocument(a)).toBe(drawDocument(b))
  for (const doc of [a, b]) {
    const rows = rowsFromDocument(doc, new Set())
    expect(hasTreeProblems(findTreeProblems(rows))).toBe(false)
  }
}

/** Type into a node's first paragraph as the live editor would (its own origin). */
function typeInto(doc: Y.Doc, id: string, text: string, at: number, origin: unknown = 'editor') {
  const record = nodeRecord(doc, id)!
  const paragraph = recordBody(record).get(0) as Y.XmlElement
  const run = paragraph.get(0) as Y.XmlText
  doc.transact(() => run.insert(at, text), origin)
}

describe('concurrent edits converge to one valid tree', () => {
  it('A moved into B here, B into A there: one tree everywhere, repaired with a notice', () => {
    const { here, there, hereUndo, thereUndo } = replicas()
    expect(moveNodesTo(hereUndo, ['A'], { parentId: 'B', index: 1 }).ok).toBe(true)
    expect(moveNodesTo(thereUndo, ['B'], { parentId: 'A', index: 1 }).ok).toBe(true)
    exchange(here, there)
    // The records now hold a cycle; the projection breaks it at the lowest id (A), which goes
    // back to where it was before its move (the top level); B stays inside A.
    const projection = projectTree(readAllRecords(here))
    expect(projection.repair.reparented).toEqual([
      { id: 'A', from: 'B', to: null, reason: 'cycle' },
    ])
    expect(drawDocument(here)).toBe('A\n  A1\n  B\n    B1\nC')
    expectSoundAndSame(here, there)
    // Both write the same repair; after exchanging, the records are sound and still the same.
    const repairHere = repairDocument(here)
    const repairThere = repairDocument(there)
    expect(repairHere).toEqual(repairThere)
    expect(repairNotice(repairHere!, (id) => id)).toBe(
      '多处同时移动条目，「A」已移回原处或顶层，以保持大纲完整',
    )
    exchange(here, there)
    expect(projectTree(readAllRecords(here)).repair.reparented).toEqual([])
    expect(repairDocument(here)).toBeNull()
    expectSoundAndSame(here, there)
  })

  it('a three-node cycle through a chain of moves is broken the same way everywhere', () => {
    const { here, there, hereUndo, thereUndo } = replicas()
    moveNodesTo(hereUndo, ['A'], { parentId: 'B1', index: 0 })
    moveNodesTo(thereUndo, ['B'], { parentId: 'A1', index: 0 })
    exchange(here, there)
    expectSoundAndSame(here, there)
    repairDocument(there)
    exchange(here, there)
    expectSoundAndSame(here, there)
    expect(rowsFromDocument(here, new Set())).toHaveLength(5)
  })

  it('the same node moved to two places ends in one of them, with parent and key together', () => {
    const { here, there, hereUndo, thereUndo } = replicas()
    moveNodesTo(hereUndo, ['C'], { parentId: 'A', index: 0 })
    moveNodesTo(thereUndo, ['C'], { parentId: 'B', index: 1 })
    exchange(here, there)
    expectSoundAndSame(here, there)
    const drawn = drawDocument(here)
    expect(['A\n  C\n  A1\nB\n  B1', 'A\n  A1\nB\n  B1\n  C']).toContain(drawn)
  })

  it('two items inserted at the same place get distinct keys, in id order, on both', () => {
    const { here, there, hereUndo, thereUndo } = replicas()
    addNode(hereUndo, { after: 'A' }, 'X-here', '这里新增')
    addNode(thereUndo, { after: 'A' }, 'X-there', '那里新增')
    exchange(here, there)
    const rows = projectTree(readAllRecords(here))
    expect(rows.repair.rekeyed.map((entry) => entry.id)).toEqual(['X-there'])
    expect(drawDocument(here)).toBe('A\n  A1\n这里新增\n那里新增\nB\n  B1\nC')
    expectSoundAndSame(here, there)
    repairDocument(here)
    repairDocument(there)
    exchange(here, there)
    expect(projectTree(readAllRecords(there)).repair.rekeyed).toEqual([])
    // A later insert between the two works (the keys are distinct now).
    expect(addNode(thereUndo, { after: 'X-here' }, 'Y', '中间').ok).toBe(true)
    expect(drawDocument(there)).toBe('A\n  A1\n这里新增\n中间\n那里新增\nB\n  B1\nC')
  })

  it('a rename racing a rename ends with one of them, never both, never a stray item', () => {
    const { here, there, hereUndo, thereUndo } = replicas()
    renameNode(hereUndo, 'B', '重点工作')
    renameNode(thereUndo, 'B', '工作要点')
    exchange(here, there)
    expectSoundAndSame(here, there)
    const title = rowsFromDocument(here, new Set()).find((row) => row.id === 'B')?.title
    expect(['重点工作', '工作要点']).toContain(title)
    expect(rowsFromDocument(here, new Set())).toHaveLength(5)
  })

  it('typing in one body at once merges character by character', () => {
    const { here, there } = replicas()
    typeInto(here, 'B1', '甲', 0)
    typeInto(there, 'B1', '乙', 2)
    exchange(here, there)
    expect(docText(readNodeBody(here, 'B1'))).toBe('甲B1乙的正文')
    expect(docText(readNodeBody(there, 'B1'))).toBe('甲B1乙的正文')
  })

  it('an item deleted while someone types in it: the text is kept, undo brings it back', () => {
    const { here, there, hereUndo } = replicas()
    deleteNode(hereUndo, 'B')
    typeInto(there, 'B1', '新输入的文字', 4)
    exchange(here, there)
    expectSoundAndSame(here, there)
    expect(drawDocument(here)).toBe('A\n  A1\nC')
    // The typist's window can tell: its item is gone (the editor shows the notice).
    expect(isNodeDeleted(there, 'B1')).toBe(true)
    // The deleter's undo brings the item back with what was typed meanwhile.
    hereUndo.undo()
    exchange(here, there)
    expect(drawDocument(there)).toBe('A\n  A1\nB\n  B1\nC')
    expect(docText(readNodeBody(there, 'B1'))).toBe('B1的正新输入的文字文')
    expectSoundAndSame(here, there)
  })

  it('the typist can bring the deleted item back (恢复) as its own step', () => {
    const { here, there, hereUndo, thereUndo } = replicas()
    deleteNode(hereUndo, 'B')
    typeInto(there, 'B1', '补充', 0)
    exchange(here, there)
    restoreNode(thereUndo, 'B1')
    exchange(here, there)
    expect(drawDocument(here)).toBe('A\n  A1\nB\n  B1\nC')
    expect(docText(readNodeBody(here, 'B1'))).toBe('补充B1的正文')
  })

  it('an item added under a node deleted elsewhere is hidden with it and returns with it', () => {
    const { here, there, hereUndo, thereUndo } = replicas()
    deleteNode(hereUndo, 'A')
    addNode(thereUndo, { lastChildOf: 'A' }, 'A2', '新下级')
    exchange(here, there)
    expectSoundAndSame(here, there)
    expect(drawDocument(there)).toBe('B\n  B1\nC')
    hereUndo.undo()
    exchange(here, there)
    expect(drawDocument(there)).toBe('A\n  A1\n  新下级\nB\n  B1\nC')
  })

  it('undo reverts only this window’s own change, after the other’s', () => {
    const { here, there, hereUndo, thereUndo } = replicas()
    renameNode(hereUndo, 'A', '甲')
    exchange(here, there)
    renameNode(thereUndo, 'C', '丙')
    exchange(here, there)
    hereUndo.undo()
    exchange(here, there)
    expect(drawDocument(there)).toBe('A\n  A1\nB\n  B1\n丙')
    expectSoundAndSame(here, there)
  })
})
