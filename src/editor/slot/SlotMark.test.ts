// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { bodyExtensions } from '../extensions'
import { insertPhrase } from './insertPhrase'

let editor: Editor

function makeEditor(content: string | object = '') {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: bodyExtensions(),
    content,
  })
  return editor
}

afterEach(() => editor?.destroy())

const selected = () => {
  const { from, to } = editor.state.selection
  return editor.state.doc.textBetween(from, to)
}
/** The text of the slot-marked runs, in order. */
const markedRuns = () => {
  const runs: string[] = []
  editor.state.doc.descendants((node) => {
    if (node.isText && node.marks.some((mark) => mark.type.name === 'slot')) runs.push(node.text!)
  })
  return runs
}
const typeText = (text: string) => {
  const { from, to } = editor.state.selection
  // What ProseMirror does for typed text (handleTextInput's default).
  editor.view.dispatch(editor.state.tr.insertText(text, from, to))
}
/** Presses a key in the editor; false when the editor handled it (default prevented). */
const press = (key: string, shiftKey = false) =>
  editor.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }),
  )

describe('slots', () => {
  it('inserts a phrase with slots marked and the first slot selected', () => {
    makeEditor()
    insertPhrase(editor, '以××为主题，以××为主线，以××为重点')
    expect(editor.getText()).toBe('以××为主题，以××为主线，以××为重点')
    expect(markedRuns()).toEqual(['××', '××', '××'])
    expect(editor.state.selection.from).toBe(2)
    expect(selected()).toBe('××')
    expect(editor.getHTML()).toContain('<mark class="slot" data-slot="">××</mark>')
  })

  it("Tab walks the phrase's slots, then to its end; from there the slots wrap round", () => {
    makeEditor()
    insertPhrase(editor, '以××为主题，以××为主线')
    const first = editor.state.selection.from
    expect(press('Tab')).toBe(false)
    expect(selected()).toBe('××')
    expect(editor.state.selection.from).toBe(first + 7)
    press('Tab')
    // After the last slot: the end of the inserted text, in the editor.
    expect(editor.state.selection.empty).toBe(true)
    expect(editor.state.selection.from).toBe(1 + '以××为主题，以××为主线'.length)
    press('Tab')
    expect(editor.state.selection.from).toBe(first)
    press('Tab', true)
    // Before the first slot (no phrase being filled in any more): the paragraph's start.
    expect(editor.state.selection.empty).toBe(true)
    expect(editor.state.selection.from).toBe(1)
    press('Tab', true)
    expect(editor.state.selection.from).toBe(first + 7)
  })

  it('Tab after the last slot, once filled, stays in the editor at the end of the phrase', () => {
    makeEditor('<p>甲乙</p>')
    insertPhrase(editor, '进一步完善××机制', 2)
    typeText('长效')
    expect(editor.getText()).toBe('甲进一步完善长效机制乙')
    // Handled (default prevented): focus does not move on to the phrase search box.
    expect(press('Tab')).toBe(false)
    expect(editor.state.selection.empty).toBe(true)
    expect(editor.state.selection.from).toBe(1 + '甲进一步完善长效机制'.length)
    // The phrase is done: a second Tab in a body without slots is the browser's again.
    expect(press('Tab')).toBe(true)
  })

  it('Shift+Tab before the first slot stays in the editor at the start of the phrase', () => {
    makeEditor('<p>甲乙</p>')
    insertPhrase(editor, '在××基础上', 2)
    expect(press('Tab', true)).toBe(false)
    expect(editor.state.selection.empty).toBe(true)
    expect(editor.state.selection.from).toBe(2)
  })

  it("Tab after the phrase's last slot stops at its end before slots further on", () => {
    makeEditor('<p>甲乙以××为主题</p>')
    insertPhrase(editor, '完善××', 2)
    const slotAfter = editor.state.doc.textContent.lastIndexOf('××') + 1
    press('Tab')
    expect(editor.state.selection.empty).toBe(true)
    expect(editor.state.selection.from).toBe(1 + '甲完善××'.length)
    press('Tab')
    expect(editor.state.selection.from).toBe(slotAfter)
    expect(selected()).toBe('××')
  })

  it('Tab after the last slot of a stored body goes to the end of the paragraph', () => {
    makeEditor('<p>以<mark data-slot>××</mark>为主题</p><p>第二段</p>')
    editor.commands.selectSlot(0)
    expect(press('Tab')).toBe(false)
    expect(editor.state.selection.empty).toBe(true)
    expect(editor.state.selection.from).toBe(1 + '以××为主题'.length)
  })

  it('Tab after filling the last slot reached from the slot list stays, at the paragraph end', () => {
    makeEditor('<p>以<mark data-slot>××</mark>为主题</p><p>第二段</p>')
    editor.commands.selectSlot(0)
    typeText('高质量发展')
    expect(editor.getText()).toBe('以高质量发展为主题\n\n第二段')
    expect(press('Tab')).toBe(false)
    expect(editor.state.selection.empty).toBe(true)
    expect(editor.state.selection.from).toBe(1 + '以高质量发展为主题'.length)
  })

  it('the phrase ends when the caret leaves it', () => {
    makeEditor('<p>甲乙</p>')
    insertPhrase(editor, '完善××', 2)
    typeText('机制')
    editor.commands.setTextSelection(1)
    expect(press('Tab')).toBe(true)
  })

  it('Tab does nothing (is not swallowed) without slots', () => {
    makeEditor('<p>切实维护职工合法权益</p>')
    expect(editor.commands.selectNextSlot()).toBe(false)
  })

  it('typing over a selected slot replaces it with plain text', () => {
    makeEditor()
    insertPhrase(editor, '以××为主题，以××为主线')
    typeText('高质量发展')
    expect(editor.getText()).toBe('以高质量发展为主题，以××为主线')
    expect(markedRuns()).toEqual(['××'])
    // The next slot is one Tab away; typing there and after it stays unmarked.
    press('Tab')
    typeText('服务职工')
    typeText('工作')
    expect(editor.getText()).toBe('以高质量发展为主题，以服务职工工作为主线')
    expect(markedRuns()).toEqual([])
  })

  it('does not extend the mark to text typed right after a slot', () => {
    makeEditor()
    insertPhrase(editor, '进一步完善××')
    editor.commands.setTextSelection(editor.state.selection.to)
    typeText('机制')
    expect(editor.getText()).toBe('进一步完善××机制')
    expect(markedRuns()).toEqual(['××'])
  })

  it('inserts at a given document position, in the middle of text', () => {
    makeEditor('<p>甲乙</p>')
    insertPhrase(editor, '进一步完善××机制', 2)
    expect(editor.getText()).toBe('甲进一步完善××机制乙')
    expect(selected()).toBe('××')
  })

  it('puts the caret after a phrase without slots', () => {
    makeEditor('<p>甲乙</p>')
    insertPhrase(editor, '切实维护', 2)
    expect(editor.getText()).toBe('甲切实维护乙')
    expect(editor.state.selection.empty).toBe(true)
    expect(editor.state.selection.from).toBe(6)
  })

  it('marks ×× typed or pasted by hand, and reads stored marks back', () => {
    makeEditor('<p>以<mark data-slot>××</mark>为主题</p>')
    expect(markedRuns()).toEqual(['××'])
    editor.commands.setTextSelection(editor.state.doc.content.size - 1)
    typeText('，××')
    expect(markedRuns()).toEqual(['××', '××'])
    expect(editor.commands.selectSlot(1)).toBe(true)
    expect(editor.state.selection.from).toBe(8)
  })

  it('highlights every kind of slot of a body opened here without changing it', () => {
    makeEditor('<p>20xx年{{单位}}要学习党的xx届x中全会精神，Linux xxhash 不算</p>')
    const highlighted = () =>
      [...editor.view.dom.querySelectorAll('mark.slot')].map((mark) => mark.textContent)
    expect(highlighted()).toEqual(['20xx', '{{单位}}', 'xx', 'x'])
    // Opening it changed nothing: no marks were added to the stored text.
    expect(markedRuns()).toEqual([])
    press('Tab')
    expect(selected()).toBe('20xx')
    press('Tab')
    expect(selected()).toBe('{{单位}}')
    typeText('某镇总工会')
    expect(highlighted()).toEqual(['20xx', 'xx', 'x'])
    // The first edit marks the slots left; the highlight is not doubled.
    expect(markedRuns()).toEqual(['20xx', 'xx', 'x'])
    expect(editor.view.dom.querySelectorAll('mark.slot mark.slot')).toHaveLength(0)
  })
})
