import { expect, test, type Page } from '@playwright/test'
import { openImportDialog, pasteIntoImport } from './fixtures/importDialog'
import { startLongTaskProbe, stopLongTaskProbe } from './fixtures/longTaskProbe'

// Issue 17: a pasted plan text of 3 MB (99,000 lines) in the import dialog, then typed into as a
// user types: keys with and without a pause between them, a character committed by an input
// method at once (`keyboard.insertText`), and a real composition (pinyin typed step by step, then
// committed). Every key, step and commit must show in the box, each before the next is sent. The
// box lays out only the lines in view (PasteBox, CodeMirror): each takes a frame or two. In a
// <textarea> a composition step took 4 to 13 s at 10,000 lines and grew with the square of the
// lines; an immediate commit took 75 to 216 s at 99,000. Figures are printed, not asserted.

test.use({ serviceWorkers: 'block' })
test.describe.configure({ timeout: 300_000 })

/**
 * How long the test waits for a key, a composition step or a commit to show in the box: a wait,
 * not a measure (those are printed). In a <textarea> of these 99,000 lines they took minutes.
 */
const ANSWERED_MS = 10_000

/** `count` short lines, about 3 MB for 99,000: a chapter every tenth. */
function planText(count: number): string {
  const lines: string[] = []
  for (let index = 0; index < count; index++)
    lines.push(
      index % 10 === 0
        ? `${(index / 10) % 9 === 0 ? '一' : '二'}、第${index + 1}行的标题`
        : `第${index + 1}行的正文，写明工作内容。`,
    )
  return lines.join('\n')
}

interface KeyAnswer {
  key: string
  /** From the key's event (keydown, or beforeinput for a commit) to the next frame, in ms. */
  ms: number
}

/** Logs, for every key and commit that reaches the page, how long until the next frame. */
async function startKeyProbe(page: Page) {
  await page.evaluate(() => {
    const answers: { key: string; ms: number }[] = []
    const answered = (key: string, since: number) =>
      requestAnimationFrame(() => answers.push({ key, ms: performance.now() - since }))
    let keyDown = false
    addEventListener('keydown', (event) => {
      keyDown = true
      answered(event.key, event.timeStamp)
    })
    addEventListener('keyup', () => (keyDown = false))
    // A commit comes without a key: timed from its beforeinput.
    addEventListener('beforeinput', (event) => {
      if (!keyDown) answered(`commit ${event.data ?? ''}`, event.timeStamp)
    })
    Object.assign(window, { keyAnswers: answers })
  })
}

const keyAnswers = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
    return (window as unknown as { keyAnswers: KeyAnswer[] }).keyAnswers.map(({ key, ms }) => ({
      key,
      ms: Math.round(ms),
    }))
  })

function report(name: string, value: unknown) {
  test.info().annotations.push({ type: name, description: JSON.stringify(value) })
  console.log(`${name}: ${JSON.stringify(value)}`)
}

/** Waits for a frame after the call's work (its own task after requestAnimationFrame). */
const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))))

test('typing into a pasted text of 3 MB: every key shows and is answered, an input method too', async ({
  page,
}) => {
  const dialog = await openImportDialog(page)
  const area = dialog.getByLabel('粘贴计划全文')
  await expect(area).toBeFocused()
  const text = planText(99_000)
  expect(text.length).toBeGreaterThan(1_700_000)
  await pasteIntoImport(dialog, text)
  await expect(dialog.getByRole('button', { name: '预览' })).toBeEnabled()
  await expect(area).toContainText('第99000行的正文，写明工作内容。')

  await startKeyProbe(page)
  await page.keyboard.type('abc', { delay: 30 })
  await page.keyboard.type('def')
  let started = Date.now()
  await page.keyboard.insertText('工作')
  await nextFrame(page)
  const commitCall = Date.now() - started
  await expect(area).toContainText('第99000行的正文，写明工作内容。abcdef工作', {
    timeout: ANSWERED_MS,
  })
  const answers = await keyAnswers(page)
  report('keys typed into a 3 MB paste (key to next frame, ms)', answers)
  report('keyboard.insertText into a 3 MB paste (call to next frame, ms)', commitCall)
  expect(answers.map(({ key }) => key)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'commit 工作'])

  // An input method's composition, as Chromium receives it from one: the pinyin shown step by
  // step in the text, then the chosen character in its place.
  const cdp = await page.context().newCDPSession(page)
  const steps: { step: string; ms: number }[] = []
  for (const step of ['g', 'go', 'gon', 'gong']) {
    started = Date.now()
    await cdp.send('Input.imeSetComposition', {
      text: step,
      selectionStart: step.length,
      selectionEnd: step.length,
    })
    await nextFrame(page)
    steps.push({ step, ms: Date.now() - started })
    await expect(area).toContainText(`abcdef工作${step}`, { timeout: ANSWERED_MS })
  }
  started = Date.now()
  await cdp.send('Input.insertText', { text: '会' })
  await nextFrame(page)
  steps.push({ step: 'commit 会', ms: Date.now() - started })
  report('a composition in a 3 MB paste (step to next frame, ms)', steps)
  await expect(area).toContainText('第99000行的正文，写明工作内容。abcdef工作会')
  await expect(area).not.toContainText('gong')

  // The edited text is what 预览 reads: a chapter typed at the end is counted.
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('三、新增的一章')
  await expect(area).toContainText('三、新增的一章')
  await startLongTaskProbe(page)
  await dialog.getByRole('button', { name: '预览' }).click()
  const lines = dialog.getByRole('listbox', { name: '原文各行' })
  await expect(lines.getByRole('option').first()).toBeVisible({ timeout: 120_000 })
  report('预览 of the edited 3 MB paste (long tasks)', await stopLongTaskProbe(page))
  // 9,900 chapters pasted, and the one typed.
  await expect(dialog).toContainText('共 9901 条')
  // The pasted text is kept out of sight and out of reach (content-visibility, not inert).
  await expect(area).toBeHidden()
  expect(
    await area.evaluate((element: HTMLElement) => {
      element.focus()
      return (element.getRootNode() as ShadowRoot).activeElement === element
    }),
  ).toBe(false)
  await page.keyboard.type('x')
  await dialog.getByRole('button', { name: '重新选择来源' }).click()
  await expect(area).toBeFocused()
  await expect(area).toContainText('abcdef工作会')
  await expect(area).toContainText('三、新增的一章')
  await expect(area).not.toContainText('x')
})
