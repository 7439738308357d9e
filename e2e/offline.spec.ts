import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { PhrasesPanel } from './fixtures/phrasesPanel'
import { PlanPage } from './fixtures/planPage'

const RIGHTS = '切实维护职工合法权益'

/** Waits until a service worker is active, then reloads so it controls the page. */
async function waitForServiceWorkerControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true)
}

/** Exports the open plan as Word and returns the downloaded file's bytes. */
async function exportWord(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: '导出', exact: true }).click()
  await page.getByRole('menuitem', { name: /Word/ }).click()
  const options = page.getByRole('dialog', { name: '导出 Word (.docx)' })
  const downloading = page.waitForEvent('download')
  await options.getByRole('button', { name: '导出', exact: true }).click()
  // Empty items or unfilled slots ask first; this plan may or may not have any.
  const warning = page.getByRole('dialog', { name: '还有未完成的内容' })
  const asked = await warning
    .waitFor({ state: 'visible', timeout: 2000 })
    .then(() => true)
    .catch(() => false)
  if (asked) await warning.getByRole('button', { name: '继续导出' }).click()
  const download = await downloading
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) }
}

test('after one visit the app loads, edits, saves, searches and exports with the network off', async ({
  context,
  page,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const origin = new URL(baseURL!).origin
  const foreign: string[] = []
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (url.origin !== origin) foreign.push(request.url())
  })
  const violations: string[] = []
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => violations.push(`pageerror: ${error.message}`))

  await page.goto('/')
  await waitForServiceWorkerControl(page)

  // The manifest is linked, parses, and names the app; its icons are there.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')
    if (!link) return null
    const response = await fetch(link.href)
    const json = (await response.json()) as {
      name: string
      short_name: string
      lang: string
      icons: { src: string; sizes: string; purpose?: string }[]
    }
    const icons = await Promise.all(
      json.icons.map(async (icon) => {
        const image = await fetch(new URL(icon.src, link.href))
        return `${icon.sizes} ${image.headers.get('content-type')} ${image.status}`
      }),
    )
    return { ...json, iconChecks: icons }
  })
  expect(manifest).not.toBeNull()
  expect(manifest!.name).toBe('计划起草')
  expect(manifest!.short_name).toBe('计划起草')
  expect(manifest!.lang).toBe('zh-CN')
  expect(manifest!.iconChecks).toEqual(
    expect.arrayContaining(['192x192 image/png 200', '512x512 image/png 200']),
  )
  expect(manifest!.icons.some((icon) => icon.purpose === 'maskable')).toBe(true)

  // A plan with some text, written online.
  const plan = new PlanPage(page)
  await plan.createPlan('离线工作计划')
  await page.getByRole('button', { name: '添加章节' }).click()
  await plan.typeRowTitle('加强网络安全')
  await plan.document.getByRole('heading', { name: '一、加强网络安全' }).click()
  await page.keyboard.press('Enter')
  await page.keyboard.type('联网时写下的正文。')
  await plan.waitSaved()
  const planUrl = page.url()

  await context.setOffline(true)
  const servedByNetwork: string[] = []
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) servedByNetwork.push(response.url())
  })

  // The app and the plan load with the network off.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: '离线工作计划' })).toBeVisible()
  const section = plan.document.getByRole('region', { name: '一、加强网络安全' })
  await expect(section).toContainText('联网时写下的正文。')

  // Typing works offline and is saved.
  await plan.document.getByRole('heading', { name: '一、加强网络安全' }).click()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+End')
  await page.keyboard.type('断网后补写的内容。')
  await plan.waitSaved()
  await page.keyboard.press('Escape')
  await page.reload()
  await expect(plan.document.getByRole('region', { name: '一、加强网络安全' })).toContainText(
    '联网时写下的正文。断网后补写的内容。',
  )
  expect(page.url()).toBe(planUrl)

  // Pinyin initials and Traditional characters: the lazily loaded pinyin-pro and opencc-js chunks.
  const phrases = new PhrasesPanel(page)
  await phrases.open()
  await phrases.find('whzg', RIGHTS)
  await phrases.find('維護職工合法權益', RIGHTS)

  // Word export: the lazily loaded docx chunk.
  const word = await exportWord(page)
  expect(word.name).toMatch(/^离线.*工作计划\.docx$/)
  expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK')

  // The print preview (a lazy chunk, sized with style properties) works offline under the CSP.
  await page.goto(`${planUrl}/print`)
  await expect(page.locator('.print-sheets[data-ready="true"]')).toBeVisible()

  expect(servedByNetwork, 'every response offline came from the service worker').toEqual([])
  expect(foreign, 'no request left the app origin').toEqual([])
  expect(violations, 'no CSP violation or page error').toEqual([])
})
