import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

// Two real pages of one browser profile: two windows on one plan, one plan document between them.

const bodyOf = (plan: PlanPage, region: string) =>
  plan.document.getByRole('region', { name: region }).locator('.body-text').first()

async function openSecondWindow(page: Page, planId: string): Promise<PlanPage> {
  const other = await page.context().newPage()
  await other.goto(`/#/plan/${planId}`)
  return new PlanPage(other)
}

const occurrences = (text: string, token: string) => text.split(token).length - 1

for (const delay of [0, 30]) {
  test(`one body typed in two windows at once (${delay} ms a key), at both ends: each text exactly once`, async ({
    page,
  }) => {
    await seedPlan(page, { id: `merge-${delay}`, title: '同时输入' }, [
      { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
    ])
    const here = new PlanPage(page)
    const there = await openSecondWindow(page, `merge-${delay}`)
    const other = there.page
    await expect(bodyOf(there, '一、第一章')).toHaveText('原有正文')
    await bodyOf(here, '一、第一章').click()
    await bodyOf(there, '一、第一章').click()
    await page.keyboard.press('Control+Home')
    await other.keyboard.press('Control+End')
    const front = Array.from({ length: 6 }, (_, i) => `甲${i}号`).join('')
    const back = Array.from({ length: 6 }, (_, i) => `乙${i}号`).join('')
    await Promise.all([page.keyboard.type(front, { delay }), other.keyboard.type(back, { delay })])
    // An IME commit in each, at once.
    await Promise.all([page.keyboard.insertText('丙输入法'), other.keyboard.insertText('丁输入法')])
    const expected = `${front}丙输入法原有正文${back}丁输入法`
    // Both live editors show the merged body, character by character.
    for (const view of [here, there])
      await expect(view.document.getByRole('textbox', { name: /正文/ })).toHaveText(expected)
    await here.waitSaved()
    await there.waitSaved()
    for (const view of [here, there]) {
      await view.page.reload()
      const text = (await bodyOf(view, '一、第一章').innerText()).replace(/\s+/g, '')
      expect(text).toBe(expected)
      for (const token of ['甲0号', '甲5号', '乙0号', '乙5号', '丙输入法', '丁输入法', '原有正文'])
        expect(occurrences(text, token)).toBe(1)
      expect(text).not.toContain('另一个窗口')
    }
  })
}

test('typing in turns: each window shows the other’s text and never stores its own twice', async ({
  page,
}) => {
  await seedPlan(page, { id: 'turns', title: '轮流输入' }, [
    { id: 'A', parentId: null, title: '第一章', body: '开头' },
  ])
  const here = new PlanPage(page)
  const there = await openSecondWindow(page, 'turns')
  await bodyOf(here, '一、第一章').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('一窗')
  await bodyOf(there, '一、第一章').click()
  await there.page.keyboard.press('Control+End')
  await there.page.keyboard.type('二窗')
  // The editor still open here shows the other window's text as it is typed.
  await expect(here.document.getByRole('textbox', { name: /正文/ })).toHaveText('开头一窗二窗')
  // The caret stays where this window left it (before the other's text), as in any shared
  // editor: the user goes to the end to go on.
  await page.keyboard.press('Control+End')
  await page.keyboard.type('三窗')
  await expect(there.document.getByRole('textbox', { name: /正文/ })).toHaveText('开头一窗二窗三窗')
  await here.waitSaved()
  await there.waitSaved()
  await page.close()
  await there.page.reload()
  await expect(bodyOf(there, '一、第一章')).toHaveText('开头一窗二窗三窗')
})

test('the same item renamed in two windows at once ends with one of the names, no stray item', async ({
  page,
}) => {
  await seedPlan(page, { id: 'renames', title: '同时改名' }, [
    { id: 'A', parentId: null, title: '旧标题', body: '正文' },
    { id: 'B', parentId: null, title: '第二章', body: '' },
  ])
  const here = new PlanPage(page)
  const there = await openSecondWindow(page, 'renames')
  await expect(there.row('一、旧标题')).toBeVisible()
  for (const view of [here, there]) {
    await view.row('一、旧标题').focus()
    await view.page.keyboard.press('F2')
    await view.page.keyboard.press('Control+a')
  }
  await Promise.all([page.keyboard.type('这里的新标题'), there.page.keyboard.type('那里的新标题')])
  // Both commit (Enter opens a new item below, which Escape takes back again).
  await Promise.all([page.keyboard.press('Enter'), there.page.keyboard.press('Enter')])
  await Promise.all([page.keyboard.press('Escape'), there.page.keyboard.press('Escape')])
  await here.waitSaved()
  await there.waitSaved()
  await expect
    .poll(async () => JSON.stringify([await here.treeLines(), await there.treeLines()]))
    .toMatch(/^\[\["一、(这里|那里)的新标题","二、第二章"\],\["一、\1的新标题","二、第二章"\]\]$/)
  await page.reload()
  await expect(here.row(/新标题/)).toBeVisible()
  const lines = await here.treeLines()
  expect(lines).toHaveLength(2)
  expect(lines[0]).toMatch(/^一、(这里|那里)的新标题$/)
  expect(lines.join('')).not.toContain('未命名')
})

test('an item deleted in one window while the other types in it: the typist is told, undo brings it back with every key', async ({
  page,
}) => {
  await seedPlan(page, { id: 'delete-typing', title: '删除与输入' }, [
    { id: 'A', parentId: null, title: '第一章', body: '' },
    { id: 'B', parentId: null, title: '第二章', body: '正文' },
  ])
  const here = new PlanPage(page)
  const there = await openSecondWindow(page, 'delete-typing')
  await bodyOf(here, '二、第二章').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('删除前输入的')
  // The other window deletes the item while this one types on.
  await there.row('二、第二章').focus()
  await there.page.keyboard.press('Delete')
  const confirm = there.page.getByRole('dialog', { name: '删除条目' })
  await Promise.all([
    confirm.getByRole('button', { name: '删除' }).click(),
    page.keyboard.type('删除时还在输入', { delay: 30 }),
  ])
  await expect(there.row(/第二章/)).toHaveCount(0)
  await expect(here.row(/第二章/)).toHaveCount(0)
  await expect(page.getByText('正在编辑的条目已在其他窗口被删除，输入的文字已保留。')).toBeVisible()
  // The deleter's undo brings it back with every key typed into it, before and after.
  await there.row('一、第一章').focus()
  await there.page.keyboard.press('Control+z')
  for (const view of [here, there]) {
    await expect(view.row('二、第二章')).toBeVisible()
    await expect(bodyOf(view, '二、第二章')).toContainText('正文删除前输入的')
  }
  const text = await bodyOf(here, '二、第二章').innerText()
  // Keys typed after the editor closed went nowhere else; those before the close are all there.
  expect(text.startsWith('正文删除前输入的')).toBe(true)
  await here.waitSaved()
  await there.waitSaved()
  await page.reload()
  await expect(bodyOf(here, '二、第二章')).toContainText('正文删除前输入的')
})

test('恢复 on the notice brings back the item deleted elsewhere', async ({ page }) => {
  await seedPlan(page, { id: 'restore-notice', title: '恢复条目' }, [
    { id: 'A', parentId: null, title: '第一章', body: '' },
    { id: 'B', parentId: null, title: '第二章', body: '正文' },
  ])
  const here = new PlanPage(page)
  const there = await openSecondWindow(page, 'restore-notice')
  await bodyOf(here, '二、第二章').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('还要保留')
  await here.waitSaved()
  await there.row('二、第二章').focus()
  await there.page.keyboard.press('Delete')
  await there.page
    .getByRole('dialog', { name: '删除条目' })
    .getByRole('button', { name: '删除' })
    .click()
  const notice = page.getByText('正在编辑的条目已在其他窗口被删除，输入的文字已保留。')
  await expect(notice).toBeVisible()
  await page.getByRole('button', { name: '恢复' }).click()
  for (const view of [here, there])
    await expect(bodyOf(view, '二、第二章')).toHaveText('正文还要保留')
})

test('Escape in a rename field takes back only its own typing, never another window’s rename', async ({
  page,
}) => {
  await seedPlan(page, { id: 'escape-rename', title: '取消改名' }, [
    { id: 'A', parentId: null, title: '旧标题', body: '' },
  ])
  const here = new PlanPage(page)
  const there = await openSecondWindow(page, 'escape-rename')
  // The field opens here first; the other window then renames the item and commits.
  await here.row('一、旧标题').focus()
  await page.keyboard.press('F2')
  await expect(here.tree.getByRole('textbox', { name: '条目标题' })).toBeFocused()
  await there.row('一、旧标题').focus()
  await there.page.keyboard.press('F2')
  await there.page.keyboard.press('Control+a')
  await there.page.keyboard.type('那里改好的标题')
  await there.page.keyboard.press('Enter')
  await there.page.keyboard.press('Escape')
  await expect(here.tree.getByRole('textbox', { name: '条目标题' })).toHaveValue('那里改好的标题')
  await page.keyboard.press('Escape')
  await here.waitSaved()
  for (const view of [here, there]) await expect(view.row('一、那里改好的标题')).toBeVisible()
  await page.reload()
  await expect(here.row('一、那里改好的标题')).toBeVisible()
})
