import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'

test.describe('outline editor', () => {
  test('builds a three-level outline with the keyboard only', async ({ page }) => {
    const plan = new PlanPage(page)
    await plan.createPlan('某某镇总工会2026年工作计划')
    // Focus the empty tree with the keyboard and start the first chapter: from there, one
    // Enter per item, Tab / Shift+Tab in the title to change its level, as in Word's outline.
    await plan.tree.focus()
    await page.keyboard.press('Enter')
    const input = plan.tree.getByRole('textbox', { name: '条目标题' })
    await expect(input).toBeFocused()
    await page.keyboard.type('加强思想政治引领')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('深化理论学习')
    await expect(plan.row('（一）深化理论学习')).toBeVisible()
    await page.keyboard.press('Enter')
    // Tab inside the title field keeps the title and indents at once.
    await page.keyboard.press('Tab')
    await page.keyboard.type('开展专题宣讲')
    await expect(plan.row('1.开展专题宣讲')).toBeVisible()
    await expect(input).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.type('组织骨干培训')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.type('加强阵地建设')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.type('维护职工合法权益')
    await page.keyboard.press('Enter')
    // Enter on the empty new item ends the run and leaves no empty item behind.
    await page.keyboard.press('Enter')
    await expect(plan.tree.getByRole('textbox')).toHaveCount(0)
    await expect(plan.row('二、维护职工合法权益')).toBeFocused()

    const expected = [
      '一、加强思想政治引领',
      '（一）深化理论学习',
      '1.开展专题宣讲',
      '2.组织骨干培训',
      '（二）加强阵地建设',
      '二、维护职工合法权益',
    ]
    await expect.poll(() => plan.treeLines()).toEqual(expected)
    await expect.poll(() => plan.documentHeadings()).toEqual(expected)
    await expect(plan.row('1.开展专题宣讲')).toHaveAttribute('aria-level', '3')

    // Arrow keys move focus; Alt+↓ moves the item with its subtree; F2 renames.
    await plan.row('二、维护职工合法权益').focus()
    await page.keyboard.press('Home')
    await expect(plan.row('一、加强思想政治引领')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(plan.row('（一）深化理论学习')).toBeFocused()
    await page.keyboard.press('Alt+ArrowDown')
    await expect
      .poll(() => plan.treeLines())
      .toEqual([
        '一、加强思想政治引领',
        '（一）加强阵地建设',
        '（二）深化理论学习',
        '1.开展专题宣讲',
        '2.组织骨干培训',
        '二、维护职工合法权益',
      ])
    await expect(plan.row('（二）深化理论学习')).toBeFocused()
    await page.keyboard.press('ArrowLeft')
    await expect(plan.row('（二）深化理论学习')).toHaveAttribute('aria-expanded', 'false')
    await expect(plan.row('1.开展专题宣讲')).toHaveCount(0)
    await page.keyboard.press('ArrowRight')
    await expect(plan.row('1.开展专题宣讲')).toBeVisible()

    // Undo the move with Ctrl+Z, redo it with Ctrl+Shift+Z.
    await page.keyboard.press('Control+z')
    await expect.poll(() => plan.treeLines()).toEqual(expected)
    await page.keyboard.press('Control+Shift+z')
    await expect(plan.row('（二）深化理论学习')).toBeVisible()
    await page.keyboard.press('Control+z')
    await expect.poll(() => plan.treeLines()).toEqual(expected)

    // Delete asks first, then removes the subtree; the numbers close up.
    await plan.row('（一）深化理论学习').focus()
    await page.keyboard.press('Delete')
    const confirm = page.getByRole('dialog', { name: '删除条目' })
    await expect(confirm).toContainText('及其下 2 个条目')
    await confirm.getByRole('button', { name: '删除' }).click()
    await expect
      .poll(() => plan.documentHeadings())
      .toEqual(['一、加强思想政治引领', '（一）加强阵地建设', '二、维护职工合法权益'])

    // F2 renames in place; Enter keeps it and opens the next item, Escape drops that empty one.
    await plan.row('二、维护职工合法权益').focus()
    await page.keyboard.press('F2')
    await input.fill('切实维护职工合法权益')
    await page.keyboard.press('Enter')
    await expect(plan.row('三、未命名')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(plan.row('三、未命名')).toHaveCount(0)
    await expect(plan.row('二、切实维护职工合法权益')).toBeFocused()
    await expect(
      plan.document.getByRole('heading', { name: '二、切实维护职工合法权益' }),
    ).toBeVisible()
  })

  test('drags a chapter above another and every number follows', async ({ page }) => {
    const plan = new PlanPage(page)
    await plan.createPlan('县总工会2026年工作要点')
    for (const title of ['加强思想引领', '推动建功立业', '深化维权服务']) {
      await page.getByRole('button', { name: '添加章节' }).click()
      await plan.typeRowTitle(title)
    }
    await plan.row('二、推动建功立业').click()
    await page.getByRole('button', { name: '添加下级' }).click()
    await plan.typeRowTitle('开展劳动竞赛')
    await expect
      .poll(() => plan.documentHeadings())
      .toEqual(['一、加强思想引领', '二、推动建功立业', '（一）开展劳动竞赛', '三、深化维权服务'])

    // Drag the third chapter onto the top edge of the first with the mouse.
    const source = plan.row('三、深化维权服务')
    const target = plan.row('一、加强思想引领')
    const from = await source.boundingBox()
    const to = await target.boundingBox()
    if (!from || !to) throw new Error('rows not laid out')
    await page.mouse.move(from.x + 40, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(to.x + 40, to.y + 8, { steps: 5 })
    await page.mouse.move(to.x + 40, to.y + 3, { steps: 3 })
    await expect(target).toHaveClass(/drop-before/)
    await page.mouse.up()

    const expected = [
      '一、深化维权服务',
      '二、加强思想引领',
      '三、推动建功立业',
      '（一）开展劳动竞赛',
    ]
    await expect.poll(() => plan.treeLines()).toEqual(expected)
    await expect.poll(() => plan.documentHeadings()).toEqual(expected)

    // A chapter dropped into its own child is refused: nothing changes.
    await plan.row('三、推动建功立业').dragTo(plan.row('（一）开展劳动竞赛'))
    await expect.poll(() => plan.treeLines()).toEqual(expected)

    // Dropping into the middle of a row makes it a child.
    await plan.row('一、深化维权服务').dragTo(plan.row('二、加强思想引领'))
    await expect
      .poll(() => plan.treeLines())
      .toEqual(['一、加强思想引领', '（一）深化维权服务', '二、推动建功立业', '（一）开展劳动竞赛'])

    await page.reload()
    await expect
      .poll(() => plan.documentHeadings())
      .toEqual(['一、加强思想引领', '（一）深化维权服务', '二、推动建功立业', '（一）开展劳动竞赛'])
  })
})

test('F6 moves between toolbar, outline, document and phrase panel, so Tab never traps', async ({
  page,
}) => {
  const plan = new PlanPage(page)
  await plan.createPlan('F6 测试计划')
  await page.getByRole('button', { name: '添加章节' }).click()
  await plan.typeRowTitle('第一章')
  await expect(plan.row('一、第一章')).toBeFocused()
  await page.keyboard.press('F6')
  await expect(page.locator('.document-pane')).toBeFocused()
  await page.keyboard.press('F6')
  await expect(page.getByRole('searchbox', { name: '搜索常用语' })).toBeFocused()
  await page.keyboard.press('F6')
  await expect(page.getByRole('link', { name: '← 计划库' })).toBeFocused()
  await page.keyboard.press('F6')
  await expect(plan.row('一、第一章')).toBeFocused()
  await page.keyboard.press('Shift+F6')
  await expect(page.getByRole('link', { name: '← 计划库' })).toBeFocused()
})
