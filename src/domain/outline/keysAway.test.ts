import { describe, expect, it } from 'vitest'
import { KeyQueue, type BodyTarget, type QueuedKey, type TitleTarget } from './keyQueue'
import { planKeysAway } from './keysAway'

const newRow: TitleTarget = { field: 'rename', planId: 'p', nodeId: 'n', title: '', isNew: true }
const newHeading: TitleTarget = { ...newRow, field: 'title' }
const body: BodyTarget = { field: 'body', planId: 'p', nodeId: 'n', at: 'end' }
const text = (value: string): QueuedKey => ({ kind: 'text', text: value })
const key = (name: 'Enter' | 'Tab' | 'Escape' | 'Backspace', shift = false, mod = false) =>
  (mod ? { kind: 'key', key: name, shift, mod } : { kind: 'key', key: name, shift }) as QueuedKey

describe('keys typed for a title, pressed away from before it opened', () => {
  it('the press hands back the keys typed for the title with it, and nothing is left waiting', () => {
    const queue = new KeyQueue()
    queue.aim(newRow)
    queue.pushText('新增第四章')
    expect(queue.pressAway()).toEqual({ target: newRow, items: [text('新增第四章')] })
    expect(queue.size).toBe(0)
    expect(queue.aimedAt).toBeNull()
    // Typed after the press, caught again: for whichever field opens next, not the old one.
    queue.pushText('和创造活力')
    expect(queue.pressAway()).toBeNull()
  })

  it('a press with nothing typed still names the title (its field must not take focus)', () => {
    const queue = new KeyQueue()
    queue.aim(newRow)
    expect(queue.pressAway()).toEqual({ target: newRow, items: [] })
  })

  it('keys for a body are handed back with it; keys for no field named are dropped', () => {
    const queue = new KeyQueue()
    queue.aim(body)
    queue.pushText('正文')
    expect(queue.pressAway()).toEqual({ target: body, items: [text('正文')] })
    queue.pushText('上一条')
    expect(queue.pressAway()).toBeNull()
    expect(queue.size).toBe(0)
  })

  it('a field that opens takes the keys and is no longer waited for', () => {
    const queue = new KeyQueue()
    queue.aim(newRow)
    queue.pushText('甲')
    expect(queue.takeAll()).toEqual([text('甲')])
    expect(queue.pressAway()).toBeNull()
  })

  it('keys put back after an Enter follow the next new item once it is aimed at', () => {
    const queue = new KeyQueue()
    queue.aim(newRow)
    queue.pushText('第四章')
    queue.pushKey('Enter')
    queue.pushText('第五章')
    const items = queue.takeAll()
    queue.putBack(items.slice(2))
    const next = { ...newRow, nodeId: 'm' }
    queue.aim(next)
    expect(queue.pressAway()).toEqual({ target: next, items: [text('第五章')] })
  })

  it('text and Backspace make the title', () => {
    expect(planKeysAway(newRow, [text('新增第四章'), key('Backspace'), text('节')])).toEqual({
      items: [{ title: '新增第四节', moves: [] }],
      undelivered: [],
    })
  })

  it('Tab and Shift+Tab are kept as the item’s moves, in order', () => {
    const plan = planKeysAway(newRow, [text('甲'), key('Tab'), text('乙'), key('Tab', true)])
    expect(plan.items).toEqual([{ title: '甲乙', moves: ['indent', 'outdent'] }])
  })

  it('Enter in the tree opens the next item: its keys are its title (trimmed at Enter)', () => {
    //   三、加强自身建设
    //   四、第四章      <- the target
    //   五、第五章      <- opened by the Enter
    const plan = planKeysAway(newRow, [
      text('第四章 '),
      key('Enter'),
      text('第五章'),
      key('Tab'),
      key('Enter'),
    ])
    expect(plan.items).toEqual([
      { title: '第四章', moves: [] },
      { title: '第五章', moves: ['indent'] },
      { title: '', moves: [] },
    ])
  })

  it('Enter on an empty new title ends the run; what follows is not a title', () => {
    const plan = planKeysAway(newRow, [key('Enter'), text('j')])
    expect(plan).toEqual({ items: [{ title: '', moves: [] }], undelivered: [text('j')] })
  })

  it('Escape ends the title: a new one keeps its text, an existing one in the tree goes back', () => {
    expect(planKeysAway(newRow, [text('甲'), key('Escape'), text('x')])).toEqual({
      items: [{ title: '甲', moves: [] }],
      undelivered: [text('x')],
    })
    const existing: TitleTarget = { ...newRow, title: '原标题', isNew: false }
    expect(planKeysAway(existing, [text('改'), key('Escape')]).items).toEqual([
      { title: '原标题', moves: [] },
    ])
    expect(planKeysAway({ ...existing, field: 'title' }, [text('改')]).items).toEqual([
      { title: '原标题改', moves: [] },
    ])
  })

  it('Backspace on an empty new title takes it back; the rest was for the title above', () => {
    const plan = planKeysAway(newRow, [key('Backspace'), text('补充')])
    expect(plan).toEqual({ items: [{ title: '', moves: [] }], undelivered: [text('补充')] })
  })

  it('in the document, Enter goes to the body (from its start), Ctrl+Enter to the next item', () => {
    expect(planKeysAway(newHeading, [text('甲 '), key('Enter'), text('正文')])).toEqual({
      items: [{ title: '甲', moves: [], body: { at: 'start', keys: [text('正文')] } }],
      undelivered: [],
    })
    expect(planKeysAway(newHeading, [text('甲'), key('Enter', false, true), text('乙')])).toEqual({
      items: [
        { title: '甲', moves: [] },
        { title: '乙', moves: [] },
      ],
      undelivered: [],
    })
  })

  it('keys for a body: text, Enter and Backspace are its, in order; Tab does nothing', () => {
    const keys = [text('一段'), key('Enter'), text('二段x'), key('Backspace'), key('Tab')]
    expect(planKeysAway(body, keys)).toEqual({
      items: [{ moves: [], body: { at: 'end', keys: keys.slice(0, 4) } }],
      undelivered: [],
    })
  })

  it('Ctrl+Enter in a body opens the next item: its title, then Enter, its body', () => {
    const plan = planKeysAway(body, [
      text('正文'),
      key('Enter', false, true),
      text('第四章'),
      key('Enter'),
      text('第四章正文'),
      key('Enter', false, true),
      text('第五章'),
    ])
    expect(plan).toEqual({
      items: [
        { moves: [], body: { at: 'end', keys: [text('正文')] } },
        { title: '第四章', moves: [], body: { at: 'start', keys: [text('第四章正文')] } },
        { title: '第五章', moves: [] },
      ],
      undelivered: [],
    })
  })

  it('Escape in a body ends it: what follows was for the tree row', () => {
    expect(planKeysAway(body, [text('正文'), key('Escape'), text('j')])).toEqual({
      items: [{ moves: [], body: { at: 'end', keys: [text('正文')] } }],
      undelivered: [text('j')],
    })
  })
})
