import * as Y from 'yjs'
import { beforeEach, describe, expect, it } from 'vitest'
import { docFromText, docText } from '../outline/richText'
import {
  addNode,
  deleteNode,
  duplicateNode,
  indent,
  isNodeDeleted,
  moveNodesTo,
  moveNodeUpOrDown,
  outdent,
  readNodeBody,
  readTree,
  renameNode,
  restoreNode,
  setNodeBody,
  type DocumentResult,
} from './documentOperations'
import { LocalOrigin } from './planDocument'
import { PlanUndo } from './planUndo'
import { documentFromSketch, drawDocument } from './testDocument'

/*
 * Every operation is one transaction with this window's origin, one undo step, and redo gives it
 * back. The plan used:
 *   A
 *     A1
 *     A2
 *   B
 *   C
 */
const SKETCH = `
A
  A1
  A2
B
C`

let doc: Y.Doc
let undo: PlanUndo
let transactions: unknown[]

beforeEach(() => {
  doc = documentFromSketch(SKETCH)
  undo = new PlanUndo(doc, new LocalOrigin('test'))
  transactions = []
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.changed.size || transaction.deleteSet.clients.size)
      transactions.push(transaction.origin)
  })
})

/** Run an operation, check it is one local transaction, undo and redo it. */
function roundTrip(operation: () => DocumentResult, expected: string, label: string) {
  const before = drawDocument(doc)
  transactions.length = 0
  const result = operation()
  expect(result.ok).toBe(true)
  expect(transactions).toEqual([undo.origin])
  expect(drawDocument(doc)).toBe(expected.trim())
  expect(undo.undoLabel).toBe(label)
  expect(undo.undo()).toBe(true)
  expect(drawDocument(doc)).toBe(before)
  expect(undo.redoLabel).toBe(label)
  expect(undo.redo()).toBe(true)
  expect(drawDocument(doc)).toBe(expected.trim())
}

describe('document operations: command → one transaction → undo → redo', () => {
  it('add after an item, as a last child, at the start and the end', () => {
    roundTrip(
      () => addNode(undo, { after: 'A1' }, 'N', '新条目'),
      'A\n  A1\n  新条目\n  A2\nB\nC',
      '添加条目',
    )
    roundTrip(
      () => addNode(undo, { lastChildOf: 'B' }, 'M', '下级'),
      'A\n  A1\n  新条目\n  A2\nB\n  下级\nC',
      '添加条目',
    )
    roundTrip(
      () => addNode(undo, { atStart: true }, 'F', '首章'),
      '首章\nA\n  A1\n  新条目\n  A2\nB\n  下级\nC',
      '添加条目',
    )
    roundTrip(
      () => addNode(undo, { atEnd: true }, 'L', '末章'),
      '首章\nA\n  A1\n  新条目\n  A2\nB\n  下级\nC\n末章',
      '添加条目',
    )
  })

  it('rename: the saves of one title field are one undo step', () => {
    renameNode(undo, 'B', 'B重', 'title:B')
    renameNode(undo, 'B', 'B重点', 'title:B')
    renameNode(undo, 'B', 'B重点工作', 'title:B')
    expect(drawDocument(doc)).toBe('A\n  A1\n  A2\nB重点工作\nC')
    expect(undo.manager.undoStack).toHaveLength(1)
    undo.undo()
    expect(drawDocument(doc)).toBe('A\n  A1\n  A2\nB\nC')
    // Another field is another step.
    renameNode(undo, 'B', 'B1', 'title:B')
    renameNode(undo, 'C', 'C1', 'title:C')
    expect(undo.manager.undoStack).toHaveLength(2)
  })

  it('rename is one transaction and undoes', () => {
    roundTrip(() => renameNode(undo, 'A2', '第二项'), 'A\n  A1\n  第二项\nB\nC', '修改标题')
  })

  it('move up, move down, move to a position', () => {
    roundTrip(() => moveNodeUpOrDown(undo, 'B', -1), 'B\nA\n  A1\n  A2\nC', '上移')
    undo.undo()
    roundTrip(() => moveNodeUpOrDown(undo, 'A', 1), 'B\nA\n  A1\n  A2\nC', '下移')
    undo.undo()
    roundTrip(
      () => moveNodesTo(undo, ['C'], { parentId: 'A', index: 1 }),
      'A\n  A1\n  C\n  A2\nB',
      '移动',
    )
  })

  it('indent and outdent', () => {
    roundTrip(() => indent(undo, 'B'), 'A\n  A1\n  A2\n  B\nC', '降级')
    undo.undo()
    roundTrip(() => outdent(undo, 'A1'), 'A\n  A2\nA1\nB\nC', '升级')
  })

  it('a refused operation writes nothing', () => {
    expect(indent(undo, 'A')).toEqual({
      ok: false,
      reason: '第一个条目不能降级：上方没有可归属的条目',
    })
    expect(moveNodesTo(undo, ['A'], { parentId: 'A1', index: 0 }).ok).toBe(false)
    expect(transactions).toEqual([])
    expect(undo.manager.undoStack).toHaveLength(0)
  })

  it('delete keeps a tombstone; undo brings the subtree back with its bodies', () => {
    roundTrip(() => deleteNode(undo, 'A'), 'B\nC', '删除')
    undo.undo()
    expect(docText(readNodeBody(doc, 'A1'))).toBe('A1的正文')
  })

  it('duplicate copies the subtree with bodies', () => {
    let next = 0
    const ids = () => `copy${++next}`
    roundTrip(() => duplicateNode(undo, 'A', ids), 'A\n  A1\n  A2\nA\n  A1\n  A2\nB\nC', '复制')
    const copies = [...readTree(doc).byId.keys()].filter((id) => id.startsWith('copy'))
    expect(copies).toHaveLength(3)
    expect(copies.map((id) => docText(readNodeBody(doc, id))).sort()).toEqual([
      'A1的正文',
      'A2的正文',
      'A的正文',
    ])
  })

  it('set a body from outside the editor: one step, undone to the old text', () => {
    roundTrip(() => setNodeBody(undo, 'B', docFromText('新的正文\n第二段')), SKETCH, '修改正文')
    expect(docText(readNodeBody(doc, 'B'))).toBe('新的正文\n第二段')
    undo.undo()
    expect(docText(readNodeBody(doc, 'B'))).toBe('B的正文')
  })

  it('restore brings back a deleted item as this window’s own step', () => {
    deleteNode(undo, 'A')
    expect(isNodeDeleted(doc, 'A1')).toBe(true)
    restoreNode(undo, 'A1')
    expect(isNodeDeleted(doc, 'A1')).toBe(false)
    expect(drawDocument(doc)).toBe(SKETCH.trim())
    expect(undo.undoLabel).toBe('恢复条目')
  })

  it('keeps the newest 200 steps', () => {
    for (let i = 0; i < 205; i++) renameNode(undo, 'C', `C${i}`)
    expect(undo.manager.undoStack).toHaveLength(200)
    while (undo.undo());
    expect(drawDocument(doc)).toBe('A\n  A1\n  A2\nB\nC4')
  })

  it('changes from other origins are not undone', () => {
    renameNode(undo, 'A', '甲')
    const other = new PlanUndo(doc, new LocalOrigin('other window'))
    renameNode(other, 'B', '乙')
    undo.undo()
    expect(drawDocument(doc)).toBe('A\n  A1\n  A2\n乙\nC')
    expect(undo.undo()).toBe(false)
  })
})
