import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { readDatabase } from './fixtures/readDatabase'
import { seedPlan } from './fixtures/seedPlan'

const NODES = [
  { id: 'c1', parentId: null, title: '加强思想引领' },
  { id: 'c1a', parentId: 'c1', title: '深化理论学习', body: '原有正文' },
  { id: 'c2', parentId: null, title: '推动建功立业' },
]

/**
 * Whether the browser's own action for the last key press was cancelled: a listener added last,
 * on the window in the bubble phase, sees what every handler of the app did before it.
 */
async function watchDefaultPrevented(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = window as unknown as { __prevented?: Record<string, boolean> }
    record.__prevented = {}
    window.addEventListener('keydown', (event) => {
      if (event.ctrlKey) record.__prevented![event.key.toLowerCase()] = event.defaultPrevented
    })
  })
}
const prevented = (page: Page, key: string) =>
  page.evaluate(
    (name) => (window as unknown as { __prevented?: Record<string, boolean> }).__prevented?.[name],
    key,
  )

/** The body as stored (the row, written from the plan's document). */
async function bodyText(page: Page, id: string): Promise<string> {
  const tables = await readDatabase(page)
  const node = (tables.nodes as { id: string; body: unknown }[]).find((row) => row.id === id)
  return JSON.stringify(node?.body ?? null)
}

test('opening a plan puts focus on the first outline item; the keys work at once', async ({
  page,
}) => {
  const plan = new PlanPage(page)
  await seedPlan(page, { id: 'k1', title: '焦点测试计划' }, NODES)
  await page.goto('/')
  await page.getByRole('link', { name: '焦点测试计划' }).click()
  await expect(plan.row('一、加强思想引领')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(plan.row('（一）深化理论学习')).toBeFocused()
  await page.keyboard.press('F6')
  await expect(page.locator('.document-pane')).toBeFocused()

  // Focus on nothing (a click on the status bar): F6 still goes to the panes.
  await page.locator('.status-bar').click({ position: { x: 600, y: 5 } })
  await expect(page.locator('body')).toBeFocused()
  await page.keyboard.press('F6')
  await expect(page.getByRole('link', { name: '← 计划库' })).toBeFocused()

  // A new, empty plan: focus is on the empty outline, where Enter starts chapter 一.
  await plan.createPlan('空计划焦点测试')
  await expect(plan.tree).toBeFocused()
  await page.keyboard.press('Enter')
  await plan.typeRowTitle('第一章')
  await expect(plan.row('一、第一章')).toBeFocused()
})

for (const delay of [0, 30]) {
  test(`Ctrl+S right after typing (delay ${delay}) writes now and says 已保存, no browser dialog`, async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'k2', title: '保存键测试计划' }, NODES)
    await watchDefaultPrevented(page)
    const node = plan.document.getByRole('region', { name: '（一）深化理论学习' })
    await node.locator('.body-text').click()
    await expect(node.getByRole('textbox', { name: /正文/ })).toBeFocused()
    await page.keyboard.press('End')
    await page.keyboard.type('，按下保存键之前输入', { delay })
    await page.keyboard.press('Control+s')
    await expect(page.locator('.save-status.confirmed')).toHaveText('已保存')
    // Read at once, no polling: 已保存 after Ctrl+S means it is stored.
    expect(await bodyText(page, 'c1a')).toContain('原有正文，按下保存键之前输入')
    expect(await prevented(page, 's')).toBe(true)
    // Still editing: Ctrl+S does not take the user out of the body.
    await expect(node.getByRole('textbox', { name: /正文/ })).toBeFocused()

    // An IME commit, then Ctrl+S from the outline.
    await page.keyboard.insertText('，输入法提交')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+s')
    await expect(page.locator('.save-status.confirmed')).toHaveText('已保存')
    expect(await bodyText(page, 'c1a')).toContain('输入法提交')
  })
}

test('Ctrl+P opens 打印预览 of the plan, from the outline and from a body being typed', async ({
  page,
}) => {
  const plan = new PlanPage(page)
  await seedPlan(page, { id: 'k3', title: '打印键测试计划' }, NODES)
  await watchDefaultPrevented(page)
  await expect(plan.row('一、加强思想引领')).toBeFocused()
  await page.keyboard.press('Control+p')
  await expect(page.getByRole('heading', { name: '打印预览' })).toBeVisible()
  expect(await prevented(page, 'p')).toBe(true)
  await expect(page.getByText('原有正文')).toBeVisible()

  await page.goBack()
  const node = plan.document.getByRole('region', { name: '（一）深化理论学习' })
  await node.locator('.body-text').click()
  await page.keyboard.press('End')
  await page.keyboard.type('，打印前最后输入')
  await page.keyboard.press('Control+p')
  await expect(page.getByRole('heading', { name: '打印预览' })).toBeVisible()
  // What was typed a moment ago is in the preview.
  await expect(page.getByText('原有正文，打印前最后输入')).toBeVisible()
  // The 导出 menu shows the key.
  await page.goBack()
  await page.getByRole('button', { name: '导出', exact: true }).click()
  await expect(page.getByRole('menuitem', { name: '打印预览' })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+P',
  )
})
