import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

const nodes = [
  { id: 'c1', parentId: null, title: '加强思想政治引领' },
  { id: 'c1a', parentId: 'c1', title: '深化理论学习', body: '组织职工系统学习。' },
  { id: 'c1b', parentId: 'c1', title: '加强宣传教育' },
  { id: 'c2', parentId: null, title: '维护职工合法权益' },
]

/** Delete a plan from the library, confirming the (now restorable) deletion. */
async function deleteFromLibrary(page: Page, title: string) {
  await page.getByRole('button', { name: `删除 ${title}` }).click()
  const dialog = page.getByRole('dialog', { name: '删除计划' })
  await expect(dialog).toContainText('回收站')
  await expect(dialog).not.toContainText('此操作不能撤销')
  await dialog.getByRole('button', { name: '删除' }).click()
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
}

test.describe('trash', () => {
  test('a deleted plan goes to the trash: 撤销, 恢复, its address, 彻底删除', async ({ page }) => {
    const title = '镇总工会2026年工作要点'
    await seedPlan(page, { id: 'trash1', title }, nodes)
    await page.goto('/#/')
    const link = page.getByRole('link', { name: title })
    await expect(link).toBeVisible()

    // The toast's 撤销 brings it straight back.
    await deleteFromLibrary(page, title)
    await page.screenshot({ path: '/tmp/library-deleted.png' })
    await page.getByRole('status').getByRole('button', { name: '撤销' }).click()
    await expect(link).toBeVisible()

    // From the trash view: listed with its days left, then 恢复.
    await deleteFromLibrary(page, title)
    await page.getByRole('link', { name: '回收站' }).click()
    await expect(page.getByRole('heading', { name: '回收站' })).toBeVisible()
    const row = page.getByRole('row', { name: new RegExp(title) })
    await expect(row).toContainText('30 天')
    await expect(row).toContainText('今天')
    await page.screenshot({ path: '/tmp/trash-view.png' })
    await row.getByRole('button', { name: `恢复 ${title}` }).click()
    await expect(page.getByText('回收站是空的。')).toBeVisible()
    await page.getByRole('link', { name: '← 计划库' }).click()
    await expect(link).toBeVisible()

    // Its address, while in the trash, says so and offers 恢复.
    await deleteFromLibrary(page, title)
    await page.goto('/#/plan/trash1')
    await expect(page.getByRole('heading', { name: `“${title}”在回收站中` })).toBeVisible()
    await page.getByRole('button', { name: '恢复' }).click()
    await expect(new PlanPage(page).row('（一）深化理论学习')).toBeVisible()

    // 彻底删除 asks first, then removes it for good.
    await page.goto('/#/')
    await deleteFromLibrary(page, title)
    await page.goto('/#/trash')
    await page.getByRole('button', { name: `彻底删除 ${title}` }).click()
    const confirm = page.getByRole('dialog', { name: '彻底删除计划' })
    await expect(confirm).toContainText('不能撤销')
    await confirm.getByRole('button', { name: '取消' }).click()
    await expect(page.getByRole('row', { name: new RegExp(title) })).toBeVisible()
    await page.getByRole('button', { name: `彻底删除 ${title}` }).click()
    await confirm.getByRole('button', { name: '彻底删除' }).click()
    await expect(page.getByText('回收站是空的。')).toBeVisible()
    await page.reload()
    await expect(page.getByText('回收站是空的。')).toBeVisible()
    await page.goto('/#/plan/trash1')
    await expect(page.getByRole('heading', { name: '找不到这个计划' })).toBeVisible()
  })
})

test.describe('version history', () => {
  test('保存版本, compare with the edited plan, restore the old text', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'hist1', title: '县总工会2026年工作要点' }, nodes)

    const openHistory = async () => {
      await page.getByRole('button', { name: '历史版本' }).click()
      const dialog = page.getByRole('dialog', { name: '历史版本' })
      await expect(dialog).toBeVisible()
      return dialog
    }

    let history = await openHistory()
    await history.getByRole('textbox', { name: '版本名称' }).fill('初稿')
    await history.getByRole('button', { name: '保存版本' }).click()
    const draft = history
      .getByRole('list', { name: '版本列表' })
      .getByRole('button', { name: /初稿/ })
    await expect(draft).toContainText('手动')
    await expect(draft).toContainText('字')
    await history.getByRole('button', { name: '关闭' }).click()

    // Edit a title and a body, in the document: Enter in a heading goes on to its body.
    await plan.document.getByRole('heading', { name: '（一）深化理论学习' }).click()
    await expect(plan.document.getByRole('textbox', { name: '条目标题' })).toBeFocused()
    await page.keyboard.press('End')
    await page.keyboard.type('教育')
    await page.keyboard.press('Enter')
    const node = plan.document.getByRole('region', { name: '（一）深化理论学习教育' })
    await expect(node.getByRole('textbox', { name: /正文/ })).toBeFocused()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('每月开展一次专题辅导。')
    await page.keyboard.press('Escape')
    await expect(plan.row('（一）深化理论学习教育')).toBeVisible()
    await plan.waitSaved()

    // The comparison shows the changed item with its old and new text.
    history = await openHistory()
    await draft.click()
    await expect(history.getByRole('article', { name: '版本预览' })).toContainText('深化理论学习')
    await history.getByRole('button', { name: '与当前比较' }).click()
    await expect(history.getByText('新增 0 项，删除 0 项，修改 1 项')).toBeVisible()
    const changed = history.getByRole('region', { name: /^修改：（一）深化理论学习/ })
    await expect(changed).toContainText('深化理论学习教育')
    await expect(changed.locator('del, ins').first()).toBeVisible()
    await expect(changed.locator('ins')).toHaveText(['教育', '每月开展一次专题辅导。'])
    await expect(changed.locator('[data-side="old"]').nth(1)).toHaveText('组织职工系统学习。')
    await expect(changed.locator('[data-side="new"]').nth(1)).toHaveText(
      '组织职工系统学习。每月开展一次专题辅导。',
    )
    await page.screenshot({ path: '/tmp/history-compare.png' })
    await history.getByRole('button', { name: '预览' }).click()
    await page.screenshot({ path: '/tmp/history-preview.png' })

    // Restore, confirmed: the old title and body, in the tree and the document, after a reload.
    await history.getByRole('button', { name: '恢复此版本' }).click()
    const confirm = page.getByRole('dialog', { name: '恢复此版本' })
    await confirm.getByRole('button', { name: '恢复' }).click()
    await expect(history).toBeHidden()
    const check = async () => {
      await expect(plan.row('（一）深化理论学习')).toBeVisible()
      const restored = plan.document.getByRole('region', { name: '（一）深化理论学习' })
      await expect(restored.locator('.body-text')).toHaveText('组织职工系统学习。')
      expect(await plan.treeLines()).toEqual([
        '一、加强思想政治引领',
        '（一）深化理论学习',
        '（二）加强宣传教育',
        '二、维护职工合法权益',
      ])
    }
    await check()
    await page.reload()
    await check()

    // The state before the restore was kept as a version of its own.
    history = await openHistory()
    await expect(history.getByRole('button', { name: /恢复“初稿”之前/ })).toContainText('恢复前')
  })
})
