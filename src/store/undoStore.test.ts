import { describe, expect, it } from 'vitest'
import { emptyChange, invertChange, type PlanChange } from '../domain/outline/planChange'
import type { OutlineNode } from '../domain/outline/types'
import { UNDO_LIMIT, useUndoStore } from './undoStore'

const node: OutlineNode = {
  id: 'n',
  planId: 'p',
  parentId: null,
  orderKey: 'a0',
  title: '',
  body: null,
}
const retitle = (from: string, to: string): PlanChange => ({
  ...emptyChange(),
  updated: [{ before: { ...node, title: from }, after: { ...node, title: to } }],
})

describe('undo stack', () => {
  it('keeps at least 100 steps and redoes what was undone', () => {
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(100)
    const store = useUndoStore.getState()
    store.reset('plan')
    const changes = Array.from({ length: 150 }, (_, i) => retitle(String(i), String(i + 1)))
    changes.forEach((change) => store.record({ change, label: '改标题' }))
    for (let i = 149; i >= 0; i--) {
      const top = useUndoStore.getState().past.at(-1)
      expect(top?.change).toBe(changes[i])
      useUndoStore.getState().didUndo(invertChange(changes[i]))
    }
    expect(useUndoStore.getState().past).toHaveLength(0)
    expect(useUndoStore.getState().future.at(-1)?.change).toEqual(changes[0])
    // A new step clears what could be redone.
    useUndoStore.getState().record({ change: retitle('a', 'b'), label: '改标题' })
    expect(useUndoStore.getState().future).toHaveLength(0)
  })

  it('drops the oldest steps past the limit', () => {
    const store = useUndoStore.getState()
    store.reset('plan')
    for (let i = 0; i < UNDO_LIMIT + 10; i++)
      store.record({ change: retitle('a', 'b'), label: 'x' })
    expect(useUndoStore.getState().past).toHaveLength(UNDO_LIMIT)
  })

  it('merges steps with the same key into one; a step that cancels out leaves none', () => {
    const store = useUndoStore.getState()
    store.reset('plan')
    store.record({ change: retitle('', '加'), label: '改标题', mergeKey: 'title:n:1' })
    store.record({ change: retitle('加', '加强'), label: '改标题', mergeKey: 'title:n:1' })
    expect(useUndoStore.getState().past).toHaveLength(1)
    expect(useUndoStore.getState().past[0].change.updated[0].before.title).toBe('')
    expect(useUndoStore.getState().past[0].change.updated[0].after.title).toBe('加强')
    store.record({ change: retitle('加强', ''), label: '改标题', mergeKey: 'title:n:1' })
    expect(useUndoStore.getState().past).toHaveLength(0)
  })
})
