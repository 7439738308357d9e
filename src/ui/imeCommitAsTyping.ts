/**
 * Text committed by an input method without a composition (a candidate picked at once, or a
 * character sent by voice or a remote keyboard), inserted the way a typed key inserts it.
 *
 * Chromium inserts such a commit along a path whose cost grows with the square of the lines in
 * front of the caret: in a text box holding 20,000 lines it took 13 s, in one of 99,000 lines
 * (3 MB) over a minute. `insertText` of the editing commands, the path of a typed key, inserts the
 * same text in a moment, with the same `input` event, undo step and caret after it.
 *
 * Keys typed on the keyboard are left alone (their own path is the fast one already), and so is
 * text inserted while a composition runs (it cannot be cancelled). Returns the listeners' removal.
 */
export function imeCommitAsTyping(field: HTMLTextAreaElement): () => void {
  /** A key was pressed: the text about to be inserted is its character. */
  let keyPressed = false
  const onKeyPress = () => (keyPressed = true)
  const onKeyUp = () => (keyPressed = false)
  const onBeforeInput = (event: InputEvent) => {
    const typed = keyPressed
    keyPressed = false
    if (typed || !isPlainCommit(event)) return
    event.preventDefault()
    insertAsTyped(field, event.data ?? '')
  }
  field.addEventListener('keypress', onKeyPress)
  field.addEventListener('keyup', onKeyUp)
  field.addEventListener('beforeinput', onBeforeInput)
  return () => {
    field.removeEventListener('keypress', onKeyPress)
    field.removeEventListener('keyup', onKeyUp)
    field.removeEventListener('beforeinput', onBeforeInput)
  }
}

/** A commit of text outside a composition, which the page may take over. */
export function isPlainCommit(event: InputEvent): boolean {
  return (
    event.inputType === 'insertText' &&
    !event.isComposing &&
    event.cancelable &&
    typeof event.data === 'string' &&
    event.data !== ''
  )
}

/**
 * `text` put in place of the selection as a typed key would put it; where the editing command is
 * missing (not a browser), by replacing the selection and telling the field's listeners.
 */
export function insertAsTyped(field: HTMLTextAreaElement, text: string): void {
  const command = typeof document.execCommand === 'function'
  if (command && field.ownerDocument.activeElement === field) {
    try {
      if (document.execCommand('insertText', false, text)) return
    } catch {
      // Not supported here: replaced below.
    }
  }
  field.setRangeText(text, field.selectionStart ?? 0, field.selectionEnd ?? 0, 'end')
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
  )
}
