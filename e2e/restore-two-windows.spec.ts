import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

// Two real pages of one browser profile: window A has a plan open while window B restores a
// backup with 替换. A's open document held the text from before the restore; typed into, it
// must not write that text back.

const backupDialog = (page: Page) => page.getByRole('dialog', { name: '备份与恢复' })
const bodyOf = (plan: PlanPage) =>
  plan.document.getByRole('region', { name: '一、第一章' }).locator('.body-text').first()

test('替换 in one window: the other window drops the old text and types on the restored one', async ({
  page,
}, testInfo) => {
  await seedPlan(page, { id: 'two-win', title: '两个窗口的计划' }, [
    { id: 'A', parentId: null, title: '第一章', body: '备份中的正文' },
  ])
  // The backup holds 备份中的正文.
  await page.goto('/#/')
  await page.getByRole('button', { name: '备份与恢复' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backupDialog(page).getByRole('button', { name: '下载备份文件' }).click(),
  ])
  const file = testInfo.outputPath('backup.json')
  await download.saveAs(file)
  await backupDialog(page).getByRole('button', { name: '关闭' }).click()

  // Window A: the plan open, its body changed to 恢复前的正文 (typed, as a user does).
  await page.goto('/#/plan/two-win')
  const here = new PlanPage(page)
  await bodyOf(here).click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('恢复前的正文', { delay: 30 })
  await here.waitSaved()
  await page.keyboard.press('Escape')
  await expect(bodyOf(here)).toHaveText('恢复前的正文')

  // Window B: 从备份恢复 → 替换.
  const other = await page.context().newPage()
  await other.goto('/#/')
  await other.getByRole('button', { name: '备份与恢复' }).click()
  const [chooser] = await Promise.all([
    other.waitForEvent('filechooser'),
    backupDialog(other).getByRole('button', { name: '选择备份文件…' }).click(),
  ])
  await chooser.setFiles(file)
  await other
    .getByRole('dialog', { name: '从备份恢复' })
    .getByRole('button', { name: '替换…' })
    .click()
  await other
    .getByRole('dialog', { name: '替换全部数据？' })
    .getByRole('button', { name: '删除现有数据并替换' })
    .click()
  await expect(other.getByRole('status').getByText(/已用备份替换全部数据/)).toBeVisible()

  // Window A shows the restored text without a reload, and types on it.
  await expect(bodyOf(here)).toHaveText('备份中的正文')
  await bodyOf(here).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('，恢复后输入', { delay: 0 })
  await page.keyboard.insertText('。')
  await expect(here.document.getByRole('textbox', { name: /正文/ })).toHaveText(
    '备份中的正文，恢复后输入。',
  )
  await here.waitSaved()
  await page.screenshot({ path: testInfo.outputPath('window-a-after-restore.png') })

  // After a reload of both: the restored text and A's typing, never the text from before.
  for (const view of [page, other]) {
    await view.goto('/#/plan/two-win')
    const plan = new PlanPage(view)
    await expect(bodyOf(plan)).toHaveText('备份中的正文，恢复后输入。')
    await expect(plan.document).not.toContainText('恢复前')
  }
})
