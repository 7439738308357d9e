import { describe, expect, it } from 'vitest'
import { emptyPatch } from '../domain/outline/types'
import { UNDO_LIMIT, useUndoStore } from './undoStore'

describe('undo stack', () => {
  it('keeps at least 100 steps and redoes what was undone', () => {
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(100)
    const store = useUndoStore.getState()
    store.reset('plan')
    const patches = Array.from({ length: 150 }, emptyPatch)
    patches.forEach((patch) => store.record(patch))
    for (let i = 149; i >= 0; i--) expect(useUndoStore.getState().takeUndo()).toBe(patches[i])
    expect(useUndoStore.getState().takeUndo()).toBeUndefined()
    expect(useUndoStore.getState().takeRedo()).toBe(patches[0])
    // A new step clears what could be redone.
    useUndoStore.getState().record(emptyPatch())
    expect(useUndoStore.getState().takeRedo()).toBeUndefined()
  })

  it('drops the oldest steps past the limit', () => {
    const store = useUndoStore.getState()
    store.reset('plan')
    for (let i = 0; i < UNDO_LIMIT + 10; i++) store.record(emptyPatch())
    expect(useUndoStore.getState().past).toHaveLength(UNDO_LIMIT)
  })
})
