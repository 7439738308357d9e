// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { imeCommitAsTyping, isPlainCommit } from './imeCommitAsTyping'

const beforeInput = (init: InputEventInit) =>
  new InputEvent('beforeinput', { bubbles: true, cancelable: true, ...init })

describe('isPlainCommit', () => {
  it('is a commit of text outside a composition, which the page may cancel', () => {
    expect(isPlainCommit(beforeInput({ inputType: 'insertText', data: '工作' }))).toBe(true)
  })

  it('is not text of a running composition, another edit, or an event that cannot be cancelled', () => {
    const composing = beforeInput({ inputType: 'insertText', data: '工', isComposing: true })
    expect(isPlainCommit(composing)).toBe(false)
    expect(isPlainCommit(beforeInput({ inputType: 'insertCompositionText', data: 'g' }))).toBe(
      false,
    )
    expect(isPlainCommit(beforeInput({ inputType: 'insertFromPaste', data: 'x' }))).toBe(false)
    expect(isPlainCommit(beforeInput({ inputType: 'deleteContentBackward' }))).toBe(false)
    expect(isPlainCommit(beforeInput({ inputType: 'insertText', data: '' }))).toBe(false)
    const fixed = new InputEvent('beforeinput', { inputType: 'insertText', data: 'x' })
    expect(isPlainCommit(fixed)).toBe(false)
  })
})

describe('imeCommitAsTyping', () => {
  let area: HTMLTextAreaElement
  let inputs: string[]
  let stop: () => void

  beforeEach(() => {
    area = document.createElement('textarea')
    document.body.append(area)
    area.value = '一、总体要求\n第二行'
    area.focus()
    inputs = []
    area.addEventListener('input', (event) =>
      inputs.push(`${(event as InputEvent).inputType}:${area.value}`),
    )
    stop = imeCommitAsTyping(area)
  })

  afterEach(() => {
    stop()
    area.remove()
  })

  it('inserts a commit in place of the selection, caret after it, and tells the input listeners', () => {
    area.setSelectionRange(3, 6)
    const commit = beforeInput({ inputType: 'insertText', data: '工作' })
    area.dispatchEvent(commit)
    expect(commit.defaultPrevented).toBe(true)
    expect(area.value).toBe('一、总工作\n第二行')
    expect([area.selectionStart, area.selectionEnd]).toEqual([5, 5])
    expect(inputs).toEqual(['insertText:一、总工作\n第二行'])
  })

  it('leaves a typed key to the browser (its keypress came first), and the next commit is taken', () => {
    area.setSelectionRange(area.value.length, area.value.length)
    area.dispatchEvent(new KeyboardEvent('keypress', { key: 'a', bubbles: true }))
    const key = beforeInput({ inputType: 'insertText', data: 'a' })
    area.dispatchEvent(key)
    expect(key.defaultPrevented).toBe(false)
    expect(area.value).toBe('一、总体要求\n第二行')

    const commit = beforeInput({ inputType: 'insertText', data: '。' })
    area.dispatchEvent(commit)
    expect(commit.defaultPrevented).toBe(true)
    expect(area.value).toBe('一、总体要求\n第二行。')
  })

  it('a key pressed without inserting (its keyup came) does not pass a later commit by', () => {
    area.setSelectionRange(0, 0)
    area.dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', bubbles: true }))
    area.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }))
    const commit = beforeInput({ inputType: 'insertText', data: '甲' })
    area.dispatchEvent(commit)
    expect(commit.defaultPrevented).toBe(true)
    expect(area.value).toBe('甲一、总体要求\n第二行')
  })

  it('leaves composition text alone, and does nothing once stopped', () => {
    const composing = beforeInput({ inputType: 'insertCompositionText', data: 'gong' })
    area.dispatchEvent(composing)
    expect(composing.defaultPrevented).toBe(false)
    stop()
    const commit = beforeInput({ inputType: 'insertText', data: '工' })
    area.dispatchEvent(commit)
    expect(commit.defaultPrevented).toBe(false)
    expect(area.value).toBe('一、总体要求\n第二行')
    expect(inputs).toEqual([])
  })
})
