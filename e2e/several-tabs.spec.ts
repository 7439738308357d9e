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
      request.onblocked = () => reject(new Error('blocked'))
      request.onsuccess = () => {
        const db = request.result
        const read = db.transaction(['nodes', 'drafts']).objectStore('drafts').get('A')
        read.onsuccess = () => {
          const node = db.transaction('nodes').objectStore('nodes').get('A')
          node.onsuccess = () =>
            resolve(JSON.stringify([read.result?.body ?? null, node.result?.body ?? null]))
        }
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
  // Not folded into the plan yet (that takes up to 3 s): the other window shows the draft.
  await expect(bodyOf(there, '一、第一章')).toHaveText('原有正文，这里刚输入', { timeout: 1_000 })
  // A title typed here shows there too.
  await here.row('二、第二章').focus()
  await page.keyboard.press('F2')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('第二章新标题')
  await expect(there.row('二、第二章新标题')).toBeVisible({ timeout: 1_000 })
})

test('the same body typed in two windows at once: both texts are kept, and the user is told', async ({
  page,
  context,
}) => {
  await seedPlan(page, { id: 'conflict', title: '同时修改' }, [
    { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
  ])
  const other = await context.newPage()
  await other.goto('/#/plan/conflict')
  const here = new PlanPage(page)
  const there = new PlanPage(other)
  // Both windows open the body and type before either has seen the other's text.
  await bodyOf(here, '一、第一章').click()
  await bodyOf(there, '一、第一章').click()
  await page.keyboard.press('Control+End')
  await other.keyboard.press('Control+End')
  // Typed at the same moment: neither window has seen the other's text (a window that has typed
  // nothing yet shows the other's text instead, and builds on it).
  await Promise.all([page.keyboard.type('甲'), other.keyboard.type('乙')])
  await page.keyboard.type('窗口的话')
  await other.keyboard.type('窗口的话')
  await here.waitSaved()
  await there.waitSaved()
  // Each closes its editor: the second fold finds the body changed by the first.
  await page.keyboard.press('Escape')
  await here.waitSaved()
  await other.keyboard.press('Escape')
  // Whichever window folded second (a close, or its 3-second fold) says so.
  const told = async () =>
    (await page.getByText(/两份内容都已保留/).count()) +
    (await other.getByText(/两份内容都已保留/).count())
  await expect.poll(told).toBeGreaterThan(0)

  for (const view of [here, there]) {
    await view.page.reload()
    const body = bodyOf(view, '一、第一章')
    await expect(body).toContainText('甲窗口的话')
    await expect(body).toContainText('乙窗口的话')
    await expect(body).toContainText('另一个窗口同时写入')
  }
})

test('moves in either window show in the other; an undo the other window made stale is refused', async ({
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

  // Undoing here the move the other window has already reverted is refused, changing nothing.
  await here.row('一、甲章').focus()
  await page.keyboard.press('Control+z')
  await expect(page.getByText('无法撤销“下移”：内容已在别处被修改，请重试')).toBeVisible()
  await expect(here.row('一、甲章')).toBeVisible()
  await expect(there.row('一、甲章')).toBeVisible()

  // A move there after all this shows here: the rows here still follow the other window.
  await there.row('一、甲章').focus()
  await other.keyboard.press('Alt+ArrowDown')
  await expect(there.row('二、甲章')).toBeVisible()
  await expect(here.row('二、甲章')).toBeVisible({ timeout: 2_000 })
  await expect(here.row('一、乙章')).toBeVisible()
})
