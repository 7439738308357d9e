import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'

test('a new plan whose title exists: 改名 to …（2）, or 仍然创建; the delete dialog shows year, unit and last edit', async ({
  page,
}) => {
  const plan = new PlanPage(page)
  await plan.createPlan('同名计划', '甲镇总工会', 2027)
  const links = page.locator('.plan-table').getByRole('link')

  const createAgain = async (renamed: string) => {
    await page.goto('/#/')
    await page.getByRole('button', { name: '新建计划' }).click()
    const form = page.getByRole('dialog', { name: '新建计划' })
    await form.getByLabel('计划标题').fill('同名计划')
    await form.getByLabel('单位').fill('乙街道工会')
    await form.getByRole('button', { name: '创建' }).click()
    const ask = page.getByRole('dialog', { name: '已有同名计划' })
    await expect(ask).toContainText(`改名为“${renamed}”`)
    return ask
  }

  await (await createAgain('同名计划（2）')).getByRole('button', { name: '改名' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '同名计划（2）' })).toBeVisible()

  // 取消 goes back to the form with what was typed; 仍然创建 keeps the same title.
  let ask = await createAgain('同名计划（3）')
  await page.keyboard.press('Escape')
  await expect(ask).toHaveCount(0)
  const form = page.getByRole('dialog', { name: '新建计划' })
  await expect(form.getByLabel('单位')).toHaveValue('乙街道工会')
  await form.getByRole('button', { name: '创建' }).click()
  ask = page.getByRole('dialog', { name: '已有同名计划' })
  await ask.getByRole('button', { name: '仍然创建' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '同名计划' })).toBeVisible()
  await page.goto('/#/')
  await expect(links).toHaveText(['同名计划', '同名计划（2）', '同名计划'], { useInnerText: true })

  // Two of the same title: the delete dialog tells them apart.
  await page.getByRole('button', { name: '删除 同名计划', exact: true }).last().click()
  const confirm = page.getByRole('dialog', { name: '删除计划' })
  await expect(confirm).toContainText('2027 年度')
  await expect(confirm).toContainText('甲镇总工会')
  await expect(confirm).toContainText('最后编辑')
})

test('从模板新建 with a title the library has: 取消 stays in the gallery, 改名 gives …（2）, 仍然创建 keeps it', async ({
  page,
}) => {
  const title = '城关镇总工会2027年工作计划'
  await new PlanPage(page).createPlan(title, '城关镇总工会', 2027)

  const createFromTemplate = async () => {
    await page.goto('/#/')
    await page.getByRole('button', { name: '从模板新建' }).click()
    const gallery = page.getByRole('dialog', { name: '从模板新建' })
    await gallery.getByRole('button', { name: /^乡镇工会工作计划/ }).click()
    await gallery.getByLabel('单位').fill('城关镇总工会')
    await gallery.getByLabel('年度').fill('2027')
    await expect(gallery.getByLabel('计划标题')).toHaveValue(title)
    await gallery.getByRole('button', { name: '创建计划' }).click()
    return gallery
  }
  const ask = page.getByRole('dialog', { name: '已有同名计划' })

  let gallery = await createFromTemplate()
  await expect(ask).toContainText(
    `计划库中已有“${title}”。改名为“城关镇总工会2027年工作计划（2）”？`,
  )
  await page.screenshot({ path: test.info().outputPath('template-same-title.png') })
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(ask).toHaveCount(0)
  await expect(gallery.getByLabel('计划标题')).toHaveValue(title)
  await gallery.getByRole('button', { name: '创建计划' }).click()
  await ask.getByRole('button', { name: '改名' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: '城关镇总工会2027年工作计划（2）' }),
  ).toBeVisible()

  gallery = await createFromTemplate()
  await ask.getByRole('button', { name: '仍然创建' }).click()
  await expect(gallery).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible()
  await page.goto('/#/')
  await expect(page.locator('.plan-table').getByRole('link')).toHaveText(
    [title, '城关镇总工会2027年工作计划（2）', title],
    { useInnerText: true },
  )
})

test('导入上一年计划 with titles the library or the same import has: one question, 改名 renames them all', async ({
  page,
}) => {
  await new PlanPage(page).createPlan('甲')
  const links = page.locator('.plan-table').getByRole('link')
  const ask = page.getByRole('dialog', { name: '已有同名计划' })

  const importText = async (titles: string[]) => {
    await page.goto('/#/')
    await page.getByRole('button', { name: '导入上一年计划（文本 / Word）' }).click()
    const dialog = page.getByRole('dialog', { name: '导入上一年计划' })
    // 【篇一】, 【篇二】 … start the plans of one pasted text.
    const numbers = ['一', '二', '三', '四']
    const text = titles
      .map(
        (_, index) =>
          `【篇${numbers[index]}】某某镇工作计划\n一、总体要求\n做好第${index + 1}篇的工作。`,
      )
      .join('\n')
    await dialog.getByLabel('粘贴计划全文').fill(text)
    await dialog.getByRole('button', { name: '预览' }).click()
    for (const [index, title] of titles.entries()) {
      if (titles.length > 1) await dialog.getByRole('tab').nth(index).click()
      await dialog.getByLabel('计划标题').fill(title)
    }
    await dialog
      .getByRole('button', { name: titles.length > 1 ? `导入 ${titles.length} 个计划` : '导入' })
      .click()
    return dialog
  }

  // 甲 (in the library), 乙, 乙 (twice in this import), 丙: 取消 writes nothing.
  let dialog = await importText(['甲', '乙', '乙', '丙'])
  await expect(ask.getByRole('listitem')).toHaveText([
    '计划库中已有“甲”，改名为“甲（2）”',
    '本次导入的计划中已有“乙”，改名为“乙（2）”',
  ])
  await page.screenshot({ path: test.info().outputPath('import-same-title.png') })
  await page.keyboard.press('Escape')
  await expect(ask).toHaveCount(0)
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: '导入 4 个计划' }).click()
  await ask.getByRole('button', { name: '改名' }).click()
  await expect(dialog).toHaveCount(0)
  await page.goto('/#/')
  await expect(links).toHaveCount(5)
  // Newest edit first: the order among the imported ones is not the point here.
  expect((await links.allInnerTexts()).sort()).toEqual(['丙', '乙', '乙（2）', '甲', '甲（2）'])

  // One plan, 丙 again: 仍然创建 gives two 丙.
  dialog = await importText(['丙'])
  await expect(ask).toContainText('计划库中已有“丙”。改名为“丙（2）”？')
  await ask.getByRole('button', { name: '仍然创建' }).click()
  await expect(dialog).toHaveCount(0)
  await page.goto('/#/')
  await expect(links.filter({ hasText: /^丙$/ })).toHaveCount(2)
  await expect(links).toHaveCount(6)
})

test('导入计划（JSON） of a plan whose title exists asks before writing: 改名, 取消, 仍然创建', async ({
  page,
}) => {
  await new PlanPage(page).createPlan('甲')
  await page.getByRole('button', { name: '导出', exact: true }).click()
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /JSON 备份/ }).click(),
  ])
  const file = await json.path()
  const links = page.locator('.plan-table').getByRole('link')
  const ask = page.getByRole('dialog', { name: '已有同名计划' })
  const importFile = async () => {
    await page.goto('/#/')
    await expect(links.first()).toBeVisible()
    await page.getByLabel('选择要导入的计划文件').setInputFiles(file)
  }

  await importFile()
  await expect(ask).toContainText('计划库中已有“甲”。改名为“甲（2）”？')
  await ask.getByRole('button', { name: '改名' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '甲（2）' })).toBeVisible()

  await importFile()
  await expect(ask).toContainText('改名为“甲（3）”')
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(ask).toHaveCount(0)
  await expect(page).toHaveURL(/#\/$/)
  await expect(links).toHaveText(['甲（2）', '甲'], { useInnerText: true })

  await importFile()
  await ask.getByRole('button', { name: '仍然创建' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '甲', exact: true })).toBeVisible()
  await page.goto('/#/')
  await expect(links.filter({ hasText: /^甲$/ })).toHaveCount(2)
  await expect(links).toHaveCount(3)
})

test('复制 whose copy’s title exists: 改名 gives …（2）, 仍然创建 keeps it, 取消 copies nothing', async ({
  page,
}) => {
  await new PlanPage(page).createPlan('甲')
  await page.goto('/#/')
  const links = page.locator('.plan-table').getByRole('link')
  const ask = page.getByRole('dialog', { name: '已有同名计划' })
  const duplicate = () => page.getByRole('button', { name: '复制 甲', exact: true }).click()

  // The first copy's title is free: no question.
  await duplicate()
  await expect(page.getByRole('status').getByText('已复制“甲”为“甲（副本）”')).toBeVisible()
  await expect(links).toHaveText(['甲（副本）', '甲'], { useInnerText: true })
  await expect(ask).toHaveCount(0)

  await duplicate()
  await expect(ask).toContainText('计划库中已有“甲（副本）”。改名为“甲（副本）（2）”？')
  await page.screenshot({ path: test.info().outputPath('duplicate-same-title.png') })
  await ask.getByRole('button', { name: '改名' }).click()
  await expect(links).toHaveText(['甲（副本）（2）', '甲（副本）', '甲'], { useInnerText: true })

  await duplicate()
  await expect(ask).toContainText('改名为“甲（副本）（3）”')
  await page.keyboard.press('Escape')
  await expect(ask).toHaveCount(0)
  await expect(links).toHaveCount(3)

  await duplicate()
  await ask.getByRole('button', { name: '仍然创建' }).click()
  await expect(links.filter({ hasText: /^甲（副本）$/ })).toHaveCount(2)
  await expect(links).toHaveCount(4)
})

test('复制为新年度计划 whose new title exists: asked, 取消 back to the dialog, 改名 gives …（2）', async ({
  page,
}) => {
  await new PlanPage(page).createPlan('某某镇总工会2026年工作计划', '某某镇总工会', 2026)
  await new PlanPage(page).createPlan('某某镇总工会2027年工作计划', '某某镇总工会', 2027)
  await page.goto('/#/')
  await page
    .getByRole('button', { name: '复制为新年度计划 某某镇总工会2026年工作计划', exact: true })
    .click()
  const dialog = page.getByRole('dialog', { name: '复制为新年度计划' })
  await expect(dialog.getByLabel('新计划标题')).toHaveValue('某某镇总工会2027年工作计划')
  await dialog.getByRole('button', { name: '复制' }).click()
  const ask = page.getByRole('dialog', { name: '已有同名计划' })
  await expect(ask).toContainText(
    '计划库中已有“某某镇总工会2027年工作计划”。改名为“某某镇总工会2027年工作计划（2）”？',
  )
  await page.screenshot({ path: test.info().outputPath('rollover-same-title.png') })
  // 取消: back in the roll-over dialog, nothing copied.
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(ask).toHaveCount(0)
  await expect(dialog).toBeVisible()
  await expect(page.locator('.plan-table').getByRole('link')).toHaveCount(2)
  await dialog.getByRole('button', { name: '复制' }).click()
  await ask.getByRole('button', { name: '改名' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: '某某镇总工会2027年工作计划（2）' }),
  ).toBeVisible()
})
