import { describe, expect, it } from 'vitest'
import { emptyChange } from '../../domain/outline/planChange'
import type { OutlineNode } from '../../domain/outline/types'
import {
  currentApplied,
  forgetCaughtUp,
  showApplied,
  withApplied,
  type AppliedChange,
} from './appliedChanges'

const node = (id: string, orderKey: string, rev = 1): OutlineNode => ({
  id,
  planId: 'p',
  parentId: null,
  orderKey,
  title: id,
  body: null,
  rev,
})
const live = [node('A', 'a0'), node('B', 'a1')]

/** B moved above A: the row as written (rev 2, new key). */
const moveB = (): AppliedChange => {
  const change = emptyChange()
  change.updated.push({ before: live[1], after: { ...live[1], orderKey: 'Zz', rev: 2 } })
  return { planId: 'p', change, at: 0 }
}
const order = (rows: OutlineNode[]) =>
  [...rows].sort((a, b) => (a.orderKey < b.orderKey ? -1 : 1)).map((row) => row.id)

describe('withApplied', () => {
  it('shows a committed move before the live rows have it', () => {
    expect(order(withApplied(live, 'p', [moveB()]))).toEqual(['B', 'A'])
  })

  it('gives the live rows themselves once they hold the change, or for another plan', () => {
    const caughtUp = [live[0], { ...live[1], orderKey: 'Zz', rev: 2 }]
    expect(withApplied(caughtUp, 'p', [moveB()])).toBe(caughtUp)
    expect(withApplied(live, 'other', [moveB()])).toBe(live)
    expect(withApplied(live, 'p', [])).toBe(live)
  })

  it('a later write elsewhere (higher rev) wins over the shown change', () => {
    const later = [live[0], { ...live[1], orderKey: 'b0', rev: 3 }]
    expect(withApplied(later, 'p', [moveB()])).toBe(later)
  })

  it('shows additions and removals until the rows have them', () => {
    const change = emptyChange()
    change.added.push(node('C', 'a2'))
    change.removed.push(live[0])
    const shown = withApplied(live, 'p', [{ planId: 'p', change, at: 0 }])
    expect(order(shown)).toEqual(['B', 'C'])
  })

  it('a change the rows have held is forgotten: an item added, then deleted, stays deleted', () => {
    const change = emptyChange()
    change.added.push(node('C', 'a2'))
    showApplied('p', change)
    expect(order(withApplied(live, 'p', currentApplied()))).toEqual(['A', 'B', 'C'])
    forgetCaughtUp([...live, node('C', 'a2', 2)], 'p')
    // C deleted afterwards: the rows no longer have it, and nothing brings it back.
    expect(withApplied(live, 'p', currentApplied())).toBe(live)
  })
})
