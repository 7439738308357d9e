import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

test('an app update in another tab: this tab saves what is typed, stops and asks to reload', async ({
  page,
  context,
}) => {
  await seedPlan(page, { id: 'two-tabs', title: '两个窗口' }, [
    { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
  ])
  const plan = new PlanPage(page)
  await plan.document.getByRole('region', { name: '一、第一章' }).locator('.body-text').click()
  await expect(plan.document.getByRole('textbox', { name: /正文/ })).toBeFocused()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('升级前最后输入')

  // Another tab opens the database at a newer version, as a new release of the app would.
  const other = await context.newPage()
  await other.goto('/#/')
  const stored = await other.evaluate(async () => {
    const version = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('plandraft')
      request.onsuccess = () => {
        resolve(request.result.version)
        request.result.close()
      }
      request.onerror = () => reject(request.error)
    })
    return new Promise<string>((resolve, reject) => {
      const request = indexedDB.open('plandraft', version + 10)
      request.onupgradeneeded = () => undefined
      // `blocked` is expected: this tab holds the database until what is typed is written.
      request.onblocked = () => undefined
      request.onsuccess = () => {
        const db = request.result
        const node = db.transaction('nodes').objectStore('nodes').get('A')
        node.onsuccess = () => resolve(JSON.stringify(node.result?.body ?? null))
      }
      request.onerror = () => reject(request.error)
    })
  })
  // The text typed just before was written before this tab let the database go.
  expect(stored).toContain('升级前最后输入')
  const dialog = page.getByRole('dialog', { name: '需要刷新' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('已在另一个窗口中更新')
  await expect(dialog.getByRole('button', { name: '刷新' })).toBeFocused()
})

const bodyOf = (plan: PlanPage, region: string) =>
  plan.document.getByRole('region', { name: region }).locator('.body-text').first()

test('what one window types shows in the other within a second', async ({ page, context }) => {
  await seedPlan(page, { id: 'mirror', title: '两个窗口同看' }, [
    { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
    { id: 'B', parentId: null, title: '第二章', body: '第二章正文' },
  ])
  const other = await context.newPage()
  await other.goto('/#/plan/mirror')
  const there = new PlanPage(other)
  await expect(bodyOf(there, '一、第一章')).toHaveText('原有正文')

  const here = new PlanPage(page)
  await bodyOf(here, '一、第一章').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('，这里刚输入')
  // The plan's document carries each keystroke to the other window.
  await expect(bodyOf(there, '一、第一章')).toHaveText('原有正文，这里刚输入', { timeout: 1_000 })
  // A title typed here shows there too.
  await here.row('二、第二章').focus()
  await page.keyboard.press('F2')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('第二章新标题')
  await expect(there.row('二、第二章新标题')).toBeVisible({ timeout: 1_000 })
})

test('moves in either window show in the other; undo here never reverts the other window', async ({
  page,
  context,
}) => {
  await seedPlan(page, { id: 'moves', title: '两个窗口移动' }, [
    { id: 'A', parentId: null, title: '甲章', body: '甲' },
    { id: 'B', parentId: null, title: '乙章', body: '乙' },
  ])
  const other = await context.newPage()
  await other.goto('/#/plan/moves')
  const there = new PlanPage(other)
  const here = new PlanPage(page)
  await expect(there.row('一、甲章')).toBeVisible()

  await here.row('一、甲章').focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(here.row('二、甲章')).toBeVisible()
  await expect(there.row('二、甲章')).toBeVisible({ timeout: 2_000 })
  await expect(there.row('一、乙章')).toBeVisible()

  // The other window moves it back, from what it shows: no stale refusal.
  await there.row('二、甲章').focus()
  await other.keyboard.press('Alt+ArrowUp')
  await expect(there.row('一、甲章')).toBeVisible()
  await expect(here.row('一、甲章')).toBeVisible({ timeout: 2_000 })

  // Undoing here the move the other window has already reverted: the other window's move stays.
  await here.row('一、甲章').focus()
  await page.keyboard.press('Control+z')
  await expect(here.row('一、甲章')).toBeVisible()
  await expect(there.row('一、甲章')).toBeVisible()
  await expect(here.row('二、乙章')).toBeVisible()
  expect(await here.treeLines()).toEqual(['一、甲章', '二、乙章'])

  // A move there after all this shows here: the rows here still follow the other window.
  await there.row('一、甲章').focus()
  await other.keyboard.press('Alt+ArrowDown')
  await expect(there.row('二、甲章')).toBeVisible()
  await expect(here.row('二、甲章')).toBeVisible({ timeout: 2_000 })
  await expect(here.row('一、乙章')).toBeVisible()
})
