import { describe, expect, it } from 'vitest'
import { applyKeysToBody } from './applyKeysToBody'
import type { QueuedKey } from './keyQueue'
import type { RichDoc, RichNode } from './types'

const text = (value: string): QueuedKey => ({ kind: 'text', text: value })
const enter: QueuedKey = { kind: 'key', key: 'Enter', shift: false }
const backspace: QueuedKey = { kind: 'key', key: 'Backspace', shift: false }
const run = (value: string, ...marks: string[]): RichNode =>
  marks.length
    ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: value }
const doc = (...paragraphs: RichNode[][]): RichDoc => ({
  type: 'doc',
  content: paragraphs.map((content) =>
    content.length ? { type: 'paragraph', content } : { type: 'paragraph' },
  ),
})

describe('keys typed into a body without its editor', () => {
  it('an empty body gets the text typed', () => {
    expect(applyKeysToBody(null, [text('落实经费'), text('保障')], 'end')).toEqual(
      doc([run('落实经费保障')]),
    )
  })

  it('at the end: text continues the last paragraph, and its bold', () => {
    const body = doc([run('第一段')], [run('加强'), run('自身', 'bold')])
    expect(applyKeysToBody(body, [text('建设')], 'end')).toEqual(
      doc([run('第一段')], [run('加强'), run('自身建设', 'bold')]),
    )
  })

  it('a slot mark is not continued', () => {
    const body = doc([run('由'), run('××', 'slot')])
    expect(applyKeysToBody(body, [text('负责')], 'end')).toEqual(
      doc([run('由'), run('××', 'slot'), run('负责')]),
    )
  })

  it('at the start: text goes before what was there; Enter splits it off', () => {
    const body = doc([run('原有正文')])
    expect(applyKeysToBody(body, [text('新的'), enter], 'start')).toEqual(
      doc([run('新的')], [run('原有正文')]),
    )
  })

  it('Enter makes new paragraphs, in order', () => {
    expect(applyKeysToBody(null, [text('一'), enter, enter, text('三')], 'end')).toEqual(
      doc([run('一')], [], [run('三')]),
    )
  })

  it('Backspace deletes the character before the caret, a whole one, and joins paragraphs', () => {
    expect(applyKeysToBody(null, [text('制度𠀋'), backspace, backspace], 'end')).toEqual(
      doc([run('制')]),
    )
    // Into what was there before the body opened.
    expect(applyKeysToBody(doc([run('原有')]), [backspace, text('来')], 'end')).toEqual(
      doc([run('原来')]),
    )
    expect(applyKeysToBody(null, [text('甲'), enter, backspace, text('乙')], 'end')).toEqual(
      doc([run('甲乙')]),
    )
    // At the very start nothing is above: nothing happens.
    expect(applyKeysToBody(doc([run('甲')]), [backspace, text('乙')], 'start')).toEqual(
      doc([run('乙甲')]),
    )
  })

  it('keys that do not type leave the body as it was', () => {
    const body = doc([run('甲')])
    expect(applyKeysToBody(body, [{ kind: 'key', key: 'Tab', shift: false }], 'end')).toBe(body)
    expect(applyKeysToBody(null, [], 'end')).toBeNull()
  })

  it('Ctrl+End before the text: it goes at the end of a body opened at its start', () => {
    const body = doc([run('第一段')], [run('第二段')])
    const end: QueuedKey = { kind: 'caret', to: 'end' }
    expect(applyKeysToBody(body, [end, text('补充')], 'start')).toEqual(
      doc([run('第一段')], [run('第二段补充')]),
    )
  })

  it('Ctrl+Home after some text: what follows goes at the start', () => {
    const body = doc([run('正文')])
    const home: QueuedKey = { kind: 'caret', to: 'start' }
    expect(applyKeysToBody(body, [text('甲'), home, text('乙'), enter], 'end')).toEqual(
      doc([run('乙')], [run('正文甲')]),
    )
  })

  it('caret moves alone change nothing', () => {
    const body = doc([run('正文')])
    expect(applyKeysToBody(body, [{ kind: 'caret', to: 'end' }], 'start')).toBe(body)
  })

  it('at an offset (a click): text goes in there, splitting a run and keeping its marks', () => {
    const body = doc([run('第一段')], [run('加强'), run('自身建设', 'bold')])
    // 第一段 (3) + newline (1) + 加强 (2) + 自身 (2): between 自身 and 建设.
    expect(applyKeysToBody(body, [text('队伍')], 8)).toEqual(
      doc([run('第一段')], [run('加强'), run('自身队伍建设', 'bold')]),
    )
  })

  it('at an offset in the first paragraph, then Enter: the paragraph is split there', () => {
    const body = doc([run('前半后半')])
    expect(applyKeysToBody(body, [text('。'), enter], 2)).toEqual(
      doc([run('前半。')], [run('后半')]),
    )
  })

  it('an offset past the end is the end; a hard break counts one character', () => {
    const withBreak: RichDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [run('甲'), { type: 'hardBreak' }, run('乙')] }],
    }
    expect(applyKeysToBody(withBreak, [text('丙')], 2)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [run('甲'), { type: 'hardBreak' }, run('丙乙')] }],
    })
    expect(applyKeysToBody(doc([run('正文')]), [text('末')], 99)).toEqual(doc([run('正文末')]))
  })

  it('Shift+Enter breaks the line within the paragraph', () => {
    const shiftEnter: QueuedKey = { kind: 'key', key: 'Enter', shift: true }
    expect(applyKeysToBody(null, [text('甲'), shiftEnter, text('乙')], 'end')).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [run('甲'), { type: 'hardBreak' }, run('乙')] }],
    })
  })
})

describe('marks kept over a new line, as the editor keeps them', () => {
  it('Enter or Shift+Enter after bold text: what is typed on the new line is bold too', () => {
    const body = doc([run('加强'), run('自身', 'bold')])
    expect(applyKeysToBody(body, [enter, text('建设')], 'end')).toEqual(
      doc([run('加强'), run('自身', 'bold')], [run('建设', 'bold')]),
    )
    const shiftEnter: QueuedKey = { kind: 'key', key: 'Enter', shift: true }
    expect(applyKeysToBody(body, [shiftEnter, text('建设')], 'end')).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [run('加强'), run('自身', 'bold'), { type: 'hardBreak' }, run('建设', 'bold')],
        },
      ],
    })
  })

  it('two Enters keep them; Enter at a line’s start, a caret move or Backspace does not', () => {
    const body = doc([run('自身', 'bold')])
    expect(applyKeysToBody(body, [enter, enter, text('甲')], 'end')).toEqual(
      doc([run('自身', 'bold')], [], [run('甲', 'bold')]),
    )
    expect(applyKeysToBody(doc([run('乙')]), [enter, text('甲')], 'start')).toEqual(
      doc([], [run('甲乙')]),
    )
    expect(applyKeysToBody(body, [enter, backspace, enter, text('甲')], 'end')).toEqual(
      doc([run('自身', 'bold')], [run('甲', 'bold')]),
    )
  })
})
