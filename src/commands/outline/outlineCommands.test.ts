import { describe, expect, it } from 'vitest'
import { draw, drawOutcome, stateFromSketch } from '../test/planState'
import { addChapter, addChild, addFirstChapter, addSiblingAfter } from './addItem'
import { duplicateItem } from './duplicateItem'
import { indentItem, moveItemDown, moveItemsTo, moveItemUp, outdentItem } from './moveItem'
import { removeItem } from './removeItem'
import { renameItem } from './renameItem'

const sketch = `
A
  A1
  A2
B
`

describe('outline commands, performed on a drawn tree', () => {
  it('add: a sibling after, a child at the end, a chapter at the end or at the start', () => {
    const state = stateFromSketch(sketch)
    const sibling = addSiblingAfter.perform(state, { id: 'A1', newId: 'N' })
    expect(sibling.ok && sibling.focus).toEqual({ id: 'N', mode: 'rename' })
    // 一、A
    //   （一）A1
    //   （二）(new)
    //   （三）A2
    // 二、B
    expect(drawOutcome(state, sibling)).toBe(
      draw(`
      一、A
        （一）A1
        （二）
        （三）A2
      二、B`),
    )
    expect(drawOutcome(state, addChild.perform(state, { id: 'B', newId: 'N' }))).toBe(
      draw(`
      一、A
        （一）A1
        （二）A2
      二、B
        （一）`),
    )
    expect(drawOutcome(state, addChapter.perform(state, { id: null, newId: 'N' }))).toContain(
      '三、',
    )
    const first = addFirstChapter.perform(state, { id: null, newId: 'N', focus: 'title' })
    expect(first.ok && first.focus).toEqual({ id: 'N', mode: 'title' })
    expect(drawOutcome(state, first).split('\n')[0]).toBe('一、')
  })

  it('indent, outdent, move up and down, move to', () => {
    const state = stateFromSketch(sketch)
    expect(drawOutcome(state, indentItem.perform(state, { id: 'B' }))).toBe(
      draw(`
      一、A
        （一）A1
        （二）A2
        （三）B`),
    )
    expect(drawOutcome(state, outdentItem.perform(state, { id: 'A2' }))).toBe(
      draw(`
      一、A
        （一）A1
      二、A2
      三、B`),
    )
    expect(drawOutcome(state, moveItemUp.perform(state, { id: 'B' })).split('\n')[0]).toBe('一、B')
    expect(drawOutcome(state, moveItemDown.perform(state, { id: 'A1' }))).toContain('（二）A1')
    const moved = moveItemsTo.perform(state, { ids: ['A2'], position: { parentId: 'B', index: 0 } })
    expect(drawOutcome(state, moved)).toBe(
      draw(`
      一、A
        （一）A1
      二、B
        （一）A2`),
    )
    // Refusals carry the reason shown to the user.
    const refused = indentItem.perform(state, { id: 'A' })
    expect(refused.ok).toBe(false)
    expect(
      moveItemsTo.perform(state, { ids: ['A'], position: { parentId: 'A1', index: 0 } }),
    ).toEqual({
      ok: false,
      reason: '不能把条目移动到它自己的下级中',
    })
  })

  it('duplicate copies the subtree right after; remove takes it all', () => {
    const state = stateFromSketch(sketch)
    expect(drawOutcome(state, duplicateItem.perform(state, { id: 'A' }))).toBe(
      draw(`
      一、A
        （一）A1
        （二）A2
      二、A
        （一）A1
        （二）A2
      三、B`),
    )
    const removed = removeItem.perform(state, { id: 'A' })
    expect(drawOutcome(state, removed)).toBe('一、B')
    expect(removed.ok && removed.focus).toEqual({ id: 'B', mode: 'row' })
  })

  it('remove of an empty new item only when it is still empty; focus goes to the item above', () => {
    const state = stateFromSketch(`
      A
      E
    `)
    const emptied = { ...state.tree.byId.get('E')!, title: '' }
    state.tree.byId.set('E', emptied)
    state.nodes[1] = emptied
    const gone = removeItem.perform(state, { id: 'E', onlyIfEmpty: true, then: 'previousTitle' })
    expect(gone.ok && gone.change.removed.map((node) => node.id)).toEqual(['E'])
    expect(gone.ok && gone.focus).toEqual({ id: 'A', mode: 'rename' })
    // Taken back with Enter / Escape: focus returns to the row it was started from.
    const back = removeItem.perform(state, {
      id: 'E',
      onlyIfEmpty: true,
      then: 'previousRow',
      focusId: 'A',
    })
    expect(back.ok && back.focus).toEqual({ id: 'A', mode: 'row' })
    const kept = removeItem.perform(state, { id: 'A', onlyIfEmpty: true })
    expect(kept.ok && kept.change.removed).toEqual([])
  })

  it('rename changes one title, reading only that node', () => {
    const state = stateFromSketch(sketch)
    expect(renameItem.reads?.({ id: 'A1', title: 'x' })).toEqual(['A1'])
    expect(
      drawOutcome(state, renameItem.perform(state, { id: 'A1', title: '深化学习' })),
    ).toContain('（一）深化学习')
    const same = renameItem.perform(state, { id: 'A1', title: 'A1' })
    expect(same.ok && same.change.updated).toEqual([])
  })
})
