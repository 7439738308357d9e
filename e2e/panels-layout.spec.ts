import { expect, test, type Locator, type Page } from '@playwright/test'
import { seedPlan } from './fixtures/seedPlan'

const TITLE = '某某镇总工会2026年度工会工作计划（征求意见稿）'
const NODES = Array.from({ length: 6 }, (_, index) => ({
  id: `n${index}`,
  parentId: null,
  title: `第${index + 1}项重点工作任务安排`,
  body: '认真贯彻落实上级工会的决策部署，围绕中心、服务大局，切实发挥工会组织作用。'.repeat(3),
}))

type Box = { x: number; y: number; width: number; height: number }
const box = async (locator: Locator): Promise<Box> => {
  const found = await locator.boundingBox()
  if (!found) throw new Error('not visible')
  return found
}
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** Whether the element is what the user sees at its centre (nothing drawn over it). */
const onTop = (locator: Locator) =>
  locator.evaluate((element) => {
    const rect = element.getBoundingClientRect()
    const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)
    return hit !== null && element.contains(hit)
  })

async function openCheck(page: Page) {
  await page.getByRole('button', { name: /^检查/ }).click()
  await expect(page.locator('.check-panel')).toBeVisible()
}

for (const phrases of [false, true]) {
  test(`the 检查 panel narrows the document instead of covering it (phrase panel ${phrases ? 'open' : 'closed'}); 导出 opens above it`, async ({
    page,
  }, testInfo) => {
    await seedPlan(page, { id: 'lay1', title: TITLE }, NODES)
    const toggle = page.getByRole('button', { name: '常用语库' })
    if ((await toggle.getAttribute('aria-pressed')) !== String(phrases)) await toggle.click()
    await openCheck(page)
    const panel = await box(page.locator('.check-panel'))
    const article = page.getByRole('article', { name: '计划正文' })
    await expect
      .poll(async () => (await box(article)).x + (await box(article)).width)
      .toBeLessThanOrEqual(panel.x)
    // Every line of the document is readable: the title and a body are on top where they are.
    expect(await onTop(article.getByRole('heading', { level: 1 }))).toBe(true)
    expect(await onTop(article.locator('.body-text').first())).toBe(true)
    // The right side is shared: the phrase panel gives its place to 检查 and comes back after.
    if (phrases) await expect(page.getByRole('searchbox', { name: '搜索常用语' })).toBeHidden()
    await page.screenshot({ path: testInfo.outputPath('check-panel.png') })

    await page.getByRole('button', { name: '导出', exact: true }).click()
    const menu = page.getByRole('menu', { name: '导出' })
    for (const item of await menu.getByRole('menuitem').all()) expect(await onTop(item)).toBe(true)
    await page.screenshot({ path: testInfo.outputPath('export-menu.png') })
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: '关闭检查' }).click()
    await expect(page.locator('.check-panel')).toHaveCount(0)
    if (phrases) await expect(page.getByRole('searchbox', { name: '搜索常用语' })).toBeVisible()
    await page.getByRole('button', { name: '导出', exact: true }).click()
    await menu.getByRole('menuitem', { name: '打印预览' }).click()
    await expect(page.getByRole('heading', { name: '打印预览' })).toBeVisible()
  })
}

test('the find bar does not cover the plan title, with or without 检查 open', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1100, height: 800 })
  await seedPlan(page, { id: 'lay2', title: TITLE }, NODES)
  const title = page.getByRole('article', { name: '计划正文' }).getByRole('heading', { level: 1 })
  for (const keys of ['Control+f', 'Control+h']) {
    await page.getByRole('treeitem').first().click()
    await page.keyboard.press(keys)
    const bar = page.locator('.find-bar')
    await expect(bar.getByRole('searchbox').or(bar.getByRole('textbox')).first()).toBeFocused()
    expect(overlaps(await box(bar), await box(title))).toBe(false)
    expect(await onTop(title)).toBe(true)
    await page.screenshot({ path: testInfo.outputPath(`find-${keys}.png`) })
  }
  await openCheck(page)
  const bar = await box(page.locator('.find-bar'))
  expect(overlaps(bar, await box(page.locator('.check-panel')))).toBe(false)
  expect(overlaps(bar, await box(title))).toBe(false)
  await page.screenshot({ path: testInfo.outputPath('find-and-check.png') })
})
