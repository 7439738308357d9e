import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

// Two real pages of one browser profile: window A has a plan open while window B restores a
// backup with 替换. A's open document held the text from before the restore; typed into, it
// must not write that text back.

const backupDialog = (page: Page) => page.getByRole('dialog', { name: '备份与恢复' })
const bodyOf = (plan: PlanPage) =>
  plan.document.getByRole('region', { name: '一、第一章' }).locator('.body-text').first()

/** 备份全部数据 from the library, saved to `path`. */
async function downloadBackup(page: Page, path: string): Promise<string> {
  await page.goto('/#/')
  await page.getByRole('button', { name: '备份与恢复' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backupDialog(page).getByRole('button', { name: '下载备份文件' }).click(),
  ])
  await download.saveAs(path)
  await backupDialog(page).getByRole('button', { name: '关闭' }).click()
  return path
}

/** A second window of the profile, at 从备份恢复 → 替换… with `file`: its confirmation shown. */
async function openReplace(page: Page, file: string): Promise<Page> {
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
  return other
}

test('替换 in one window: the other window drops the old text and types on the restored one', async ({
  page,
}, testInfo) => {
  await seedPlan(page, { id: 'two-win', title: '两个窗口的计划' }, [
    { id: 'A', parentId: null, title: '第一章', body: '备份中的正文' },
  ])
  // The backup holds 备份中的正文.
  const file = await downloadBackup(page, testInfo.outputPath('backup.json'))

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
  const other = await openReplace(page, file)
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

test('while another window replaces everything, this one is covered: keys typed meanwhile are not taken', async ({
  page,
}, testInfo) => {
  // A second plan of 3,000 items makes the restore take a while (the other window's worker).
  await seedPlan(
    page,
    { id: 'big', title: '大计划' },
    Array.from({ length: 3000 }, (_, index) => ({
      id: `big-${index}`,
      parentId: index % 30 === 0 ? null : `big-${index - (index % 30)}`,
      title: `第${index + 1}项`,
      body: '正文内容，写明工作要求。',
    })),
  )
  await seedPlan(page, { id: 'two-win', title: '两个窗口的计划' }, [
    { id: 'A', parentId: null, title: '第一章', body: '备份中的正文' },
  ])
  const file = await downloadBackup(page, testInfo.outputPath('backup.json'))

  // Window A: typing in the plan's body; what the screen shows is recorded from now on.
  await page.goto('/#/plan/two-win')
  const here = new PlanPage(page)
  await bodyOf(here).click()
  await page.keyboard.press('Control+End')
  await here.waitSaved()
  await page.evaluate(() => {
    const seen = { covered: false, keysWhileCovered: 0, keysIntoTextWhileCovered: 0 }
    Object.assign(window, { __seen: seen })
    const covering = () =>
      Array.from(document.querySelectorAll('dialog[open]')).some((dialog) =>
        dialog.textContent?.includes('另一个窗口正在用备份替换全部数据'),
      )
    new MutationObserver(() => (seen.covered ||= covering())).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
    })
    document.addEventListener(
      'keydown',
      () => {
        if (!covering()) return
        seen.keysWhileCovered++
        const active = document.activeElement
        if (
          active instanceof HTMLElement &&
          (active.isContentEditable || active.tagName === 'TEXTAREA')
        )
          seen.keysIntoTextWhileCovered++
      },
      true,
    )
  })

  // Window B: 从备份恢复 → 替换, while A keeps typing.
  const other = await openReplace(page, file)
  const restored = other.getByRole('status').getByText(/已用备份替换全部数据/)
  let typing = true
  const typed = (async () => {
    while (typing) await page.keyboard.type('键', { delay: 20 })
  })()
  await other
    .getByRole('dialog', { name: '替换全部数据？' })
    .getByRole('button', { name: '删除现有数据并替换' })
    .click()
  await expect(restored).toBeVisible({ timeout: 60_000 })
  typing = false
  await typed

  // A was covered while B replaced; the keys pressed then reached no text field; A is uncovered
  // now and shows the restored text.
  const seen = await page.evaluate(
    () =>
      (window as unknown as { __seen: { covered: boolean; keysIntoTextWhileCovered: number } })
        .__seen,
  )
  expect(seen.covered).toBe(true)
  expect(seen.keysIntoTextWhileCovered).toBe(0)
  await expect(page.getByRole('dialog', { name: '正在从备份恢复' })).toBeHidden()
  await expect(bodyOf(here)).toContainText('备份中的正文')
  await page.screenshot({ path: testInfo.outputPath('window-a-after-restore.png') })
  await page.goto('/#/plan/two-win')
  await expect(bodyOf(new PlanPage(page))).toHaveText(/^备份中的正文/)
})
