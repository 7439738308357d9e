// As e2e/fixtures/importDialog.ts pasteIntoImport: the import dialog's 粘贴计划全文 box (CodeMirror,
// in a shadow root) takes a text as the browser pastes it, through a paste event holding it.

/** `text` pasted into the open import dialog's box (the caret after it, as after a paste). */
export async function pasteIntoImport(dialog, text) {
  await dialog.getByLabel('粘贴计划全文').evaluate((element, value) => {
    element.focus()
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', value)
    const paste = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true })
    element.dispatchEvent(paste)
    if (!paste.defaultPrevented) throw new Error('the box did not take the paste')
  }, text)
}
