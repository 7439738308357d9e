import { describe, expect, it } from 'vitest'
import { applyQueuedText, KeyQueue } from './keyQueue'

describe('the key queue', () => {
  it('keeps keys typed before the row exists in order, text merged', () => {
    const queue = new KeyQueue()
    queue.pushText('加强')
    queue.pushText('思想引领')
    queue.pushKey('Enter')
    queue.pushText('深化学习')
    queue.pushKey('Tab', true)
    expect(queue.takeAll()).toEqual([
      { kind: 'text', text: '加强思想引领' },
      { kind: 'key', key: 'Enter', shift: false },
      { kind: 'text', text: '深化学习' },
      { kind: 'key', key: 'Tab', shift: true },
    ])
    expect(queue.size).toBe(0)
  })

  it('Backspace takes back queued text; on nothing it is a key of its own', () => {
    const queue = new KeyQueue()
    queue.pushText('工会')
    queue.pushKey('Backspace')
    queue.pushKey('Backspace')
    queue.pushKey('Backspace')
    expect(queue.takeAll()).toEqual([{ kind: 'key', key: 'Backspace', shift: false }])
  })

  it('a field applies text up to the first key it must act on, and puts the rest back first', () => {
    const queue = new KeyQueue()
    queue.pushText('一是')
    queue.pushKey('Enter')
    queue.pushText('二是')
    const items = queue.takeAll()
    const { value, next } = applyQueuedText('', items)
    expect(value).toBe('一是')
    expect(items[next]).toEqual({ kind: 'key', key: 'Enter', shift: false })
    queue.pushText('三是') // typed while the next row is being created
    queue.putBack(items.slice(next + 1))
    expect(applyQueuedText('', queue.takeAll())).toEqual({ value: '二是三是', next: 2 })
  })

  it('Backspace deletes from the field until it is empty, then stops there', () => {
    const items = [
      { kind: 'key', key: 'Backspace', shift: false },
      { kind: 'key', key: 'Backspace', shift: false },
    ] as const
    expect(applyQueuedText('甲', items)).toEqual({ value: '', next: 1 })
  })

  it('keeps Ctrl+Enter (the next item) as a key of its own, not text', () => {
    const queue = new KeyQueue()
    queue.pushText('第一章')
    queue.pushKey('Enter', false, true)
    queue.pushText('第二章')
    const items = queue.takeAll()
    expect(items[1]).toEqual({ kind: 'key', key: 'Enter', shift: false, mod: true })
    expect(applyQueuedText('', items)).toEqual({ value: '第一章', next: 1 })
  })
})
