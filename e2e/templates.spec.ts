import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { readDatabase } from './fixtures/readDatabase'
import { seedPlan } from './fixtures/seedPlan'

async function openGallery(page: Page) {
  await page.goto('/#/')
  await page.getByRole('button', { name: '从模板新建' }).click()
  const dialog = page.getByRole('dialog', { name: '从模板新建' })
  await expect(dialog.getByRole('region', { name: '内置模板' }).getByRole('button')).toHaveCount(4)
  return dialog
}

const BUILTINS = [
  {
    name: '乡镇工会工作计划',
    unit: '城关镇总工会',
    chapter: '一、凝聚职工智慧力量，进一步推动科学发展',
    preamble: '2027年，城关镇总工会工作的总体思路是：深入学习贯彻落实党的xx届x中全会',
  },
  {
    name: '县总工会工作计划',
    unit: '和平县总工会',
    chapter: '一、着力激发职工智慧和力量，为推进我县经济发展再立新功',
    preamble: '2027年和平县总工会继续以科学发展观为统领',
  },
  {
    name: '乡镇人大工作计划',
    unit: '城关镇人大主席团',
    chapter: '一、紧紧围绕党委工作大局，充分发挥人大在促进科学发展和构建和谐社会中的作用',
    preamble: '2027年，城关镇人大主席团在县人大常委会的指导和镇党委的领导下',
  },
  { name: '工作要点（空白）', unit: '城关镇人民政府', chapter: '一、指导思想', preamble: null },
]

test.describe('templates', () => {
  test('create a plan from each built-in template', async ({ page }, testInfo) => {
    for (const builtin of BUILTINS) {
      const dialog = await openGallery(page)
      await dialog.getByRole('button', { name: new RegExp(`^${builtin.name}`) }).click()
      const preview = dialog.getByRole('region', { name: new RegExp(builtin.name) })
      await expect(preview.getByRole('list', { name: /的大纲/ })).toContainText(
        builtin.chapter.slice(2),
      )
      await expect(preview).toContainText(/\d+ 个条目 · [\d,]+ 字/)
      // The seed's placeholders in titles are highlighted as slots (县总工会: 和谐xx建设).
      if (builtin === BUILTINS[1])
        await expect(preview.getByRole('list').locator('mark.slot')).toContainText(['xx'])
      if (builtin === BUILTINS[0])
        await page.screenshot({ path: testInfo.outputPath('template-gallery.png') })
      await dialog.getByLabel('单位').fill(builtin.unit)
      await dialog.getByLabel('年度').fill('2027')
      const title = builtin.name.startsWith('工作要点')
        ? `${builtin.unit}2027年工作要点`
        : `${builtin.unit}2027年工作计划`
      await expect(dialog.getByLabel('计划标题')).toHaveValue(title)
      await dialog.getByRole('button', { name: '创建计划' }).click()

      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
      const plan = new PlanPage(page)
      await expect(plan.row(new RegExp(builtin.chapter.slice(2)))).toBeVisible()
      expect((await plan.documentHeadings())[0]).toBe(builtin.chapter)
      if (builtin.preamble) await expect(plan.document).toContainText(builtin.preamble)
      if (builtin === BUILTINS[0])
        await page.screenshot({ path: testInfo.outputPath('plan-from-template.png') })
      // The named fields are filled; the seed's other placeholders stay as slots.
      await expect(plan.document).not.toContainText('{{')
      if (builtin.unit.endsWith('工会')) await expect(plan.document).toContainText('xx')
      if (builtin === BUILTINS[3])
        expect(await plan.treeLines()).toEqual([
          '一、指导思想',
          '二、主要目标',
          '三、重点任务',
          '四、保障措施',
        ])
    }
    await page.goto('/#/')
    for (const builtin of BUILTINS)
      await expect(
        page.getByRole('link', { name: new RegExp(`^${builtin.unit}2027年`) }),
      ).toHaveCount(1)
  })

  test('save a plan as a template, then create a plan from it', async ({ page }, testInfo) => {
    await seedPlan(
      page,
      { id: 'own', title: '甲镇总工会2026年工作计划', unit: '甲镇总工会', year: 2026 },
      [
        {
          id: 'A',
          parentId: null,
          title: '开展2026年劳动竞赛',
          body: '甲镇总工会牵头，全年不少于××次。',
        },
        { id: 'A1', parentId: 'A', title: '技能比武', body: '每季度一次。' },
        { id: 'B', parentId: null, title: '维护职工权益' },
      ],
    )
    await page.getByRole('button', { name: '另存为模板' }).click()
    const save = page.getByRole('dialog', { name: '另存为模板' })
    await expect(save.getByLabel('类别')).toHaveValue('工会')
    // Escape closes it with focus back on 另存为模板; opened again to save.
    await page.keyboard.press('Escape')
    await expect(save).toHaveCount(0)
    await expect(page.getByRole('button', { name: '另存为模板' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(save.getByLabel('类别')).toHaveValue('工会')
    await save.getByLabel('模板名称').fill('甲镇工会模板')
    await expect(save).toContainText('文中的“甲镇总工会”和“2026年”将换成 {{单位}}、{{年度}}')
    await page.screenshot({ path: testInfo.outputPath('save-as-template.png') })
    await save.getByRole('button', { name: '保存模板' }).click()
    await expect(save).toHaveCount(0)
    await expect(page.getByText('已另存为模板“甲镇工会模板”')).toBeVisible()

    const dialog = await openGallery(page)
    const own = dialog.getByRole('region', { name: '我的模板' })
    await own.getByRole('button', { name: /^甲镇工会模板/ }).click()
    await expect(dialog.getByRole('list', { name: /的大纲/ })).toContainText(
      '开展{{年度}}年劳动竞赛',
    )
    // The named field is highlighted as a slot, as in the document.
    await expect(dialog.getByRole('list', { name: /的大纲/ }).locator('mark.slot')).toHaveText([
      '{{年度}}',
    ])
    await dialog.getByLabel('单位').fill('乙镇总工会')
    await dialog.getByLabel('年度').fill('2027')
    await dialog.getByRole('button', { name: '创建计划' }).click()

    await expect(
      page.getByRole('heading', { level: 1, name: '乙镇总工会2027年工作计划' }),
    ).toBeVisible()
    const plan = new PlanPage(page)
    expect(await plan.treeLines()).toEqual([
      '一、开展2027年劳动竞赛',
      '（一）技能比武',
      '二、维护职工权益',
    ])
    await expect(plan.document).toContainText('乙镇总工会牵头，全年不少于××次。')
    await expect(plan.document).not.toContainText('甲镇')
  })

  test('a broken or foreign template file gets a message and changes nothing', async ({ page }) => {
    const dialog = await openGallery(page)
    const before = await readDatabase(page)
    const files = [
      {
        name: 'backup.json',
        text: '{"format":"plandraft-backup","version":1,"tables":{}}',
        message: /备份文件，不是模板/,
      },
      {
        name: 'cut.json',
        text: '{"format":"plandraft-template","version":1,"templ',
        message: /不是有效的 JSON/,
      },
      { name: 'word.json', text: 'PK\u0003\u0004[Content_Types].xml', message: /Word 或压缩文件/ },
      {
        name: 'bad.json',
        text: JSON.stringify({
          format: 'plandraft-template',
          version: 1,
          template: {
            name: '坏',
            kind: '工会',
            description: '',
            planTitle: 'x',
            numbering: { scheme: 'standard', continuousLevel2: false },
            preamble: null,
            withBodies: true,
            nodes: [{ id: 'a', parentId: 'missing', orderKey: 'a0', title: '孤儿', body: null }],
          },
        }),
        message: /条目“孤儿”的上级条目不存在/,
      },
    ]
    for (const file of files) {
      await dialog.getByLabel('选择要导入的模板文件').setInputFiles({
        name: file.name,
        mimeType: 'application/json',
        buffer: Buffer.from(file.text),
      })
      const alert = dialog.getByRole('alert')
      await expect(alert).toContainText(file.message)
      await expect(alert).toContainText('模板没有任何改动')
    }
    expect(await readDatabase(page)).toEqual(before)
    await expect(dialog.getByRole('region', { name: '我的模板' }).getByRole('button')).toHaveCount(
      0,
    )
  })
})

test('the gallery by keyboard; an own template changed, exported, imported back and deleted', async ({
  page,
}) => {
  await seedPlan(
    page,
    { id: 'mine', title: '丙镇总工会2026年工作计划', unit: '丙镇总工会', year: 2026 },
    [{ id: 'A', parentId: null, title: '建功立业', body: '丙镇总工会组织竞赛。' }],
  )
  await page.getByRole('button', { name: '另存为模板' }).click()
  const save = page.getByRole('dialog', { name: '另存为模板' })
  await save.getByLabel('模板名称').fill('丙镇模板')
  await save.getByLabel('仅大纲（只要各级标题）').check()
  await save.getByRole('button', { name: '保存模板' }).click()
  await expect(save).toHaveCount(0)

  const dialog = await openGallery(page)
  const scan = await new AxeBuilder({ page }).include('dialog').analyze()
  const serious = scan.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  )
  expect(serious.map((violation) => violation.id)).toEqual([])

  // The first template has focus; the arrows move through built-ins and own templates alike.
  const cards = dialog.locator('.template-card')
  await expect(cards.first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(cards.nth(1)).toBeFocused()
  await expect(cards.nth(1)).toHaveAttribute('aria-current', 'true')
  await expect(dialog.getByRole('region', { name: /县总工会工作计划/ })).toBeVisible()
  await page.keyboard.press('End')
  const own = dialog.getByRole('button', { name: /^丙镇模板/ })
  await expect(own).toBeFocused()
  await expect(own).toContainText('1 个条目 · 4 字 · 仅大纲')
  // The unit typed stays while the user looks at other templates; the title follows it.
  await dialog.getByLabel('单位').fill('丁镇总工会')
  await cards.first().click()
  await expect(dialog.getByLabel('单位')).toHaveValue('丁镇总工会')
  await expect(dialog.getByLabel('计划标题')).toHaveValue(/^丁镇总工会\d{4}年工作计划$/)
  await expect(dialog.getByRole('button', { name: '删除' })).toHaveCount(0)
  await own.click()
  // Built-ins cannot be changed or deleted; own templates can.
  await expect(dialog.getByRole('button', { name: '删除' })).toBeVisible()

  await dialog.getByRole('button', { name: '修改' }).click()
  await dialog.getByLabel('模板名称').fill('丙镇工会模板')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog.getByRole('button', { name: /^丙镇工会模板/ })).toBeVisible()

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: '导出' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('模板-丙镇工会模板.json')
  await dialog.getByLabel('选择要导入的模板文件').setInputFiles(await file.path())
  await expect(page.getByText('已导入模板“丙镇工会模板”')).toBeVisible()
  const mine = dialog.getByRole('region', { name: '我的模板' }).getByRole('button')
  await expect(mine).toHaveCount(2)

  await dialog.getByRole('button', { name: '删除' }).click()
  const confirm = page.getByRole('dialog', { name: '删除模板' })
  await confirm.getByRole('button', { name: '删除' }).click()
  await expect(mine).toHaveCount(1)
  await expect(dialog.getByRole('button', { name: '删除' })).toHaveCount(0)
  await dialog.getByRole('button', { name: '关闭' }).click()
  await expect(dialog).toHaveCount(0)
  // Focus is back on the button that opened the gallery, not lost on the page.
  await expect(page.getByRole('button', { name: '从模板新建' })).toBeFocused()
})

test('主送, 附件, 落款 and 成文日期 travel: 另存为模板 → 从模板新建, and 导出/导入计划（JSON）', async ({
  page,
}) => {
  await seedPlan(
    page,
    { id: 'closing', title: '甲镇总工会2026年工作计划', unit: '甲镇总工会', year: 2026 },
    [{ id: 'A', parentId: null, title: '建功立业', body: '组织竞赛。' }],
  )
  const charCount = page.getByTestId('plan-char-count')
  const before = Number((await charCount.textContent())?.replace(/,/g, ''))
  // Set as a user sets them: the plan's form (修改).
  await page.getByRole('button', { name: '修改计划标题、单位和年度' }).click()
  const form = page.getByRole('dialog', { name: '修改计划信息' })
  await form.getByLabel('主送').fill('各村（社区）工会')
  await form.getByLabel('附件（每行一个名称）').fill('2026年任务分解表\n考核办法')
  await form.getByLabel('成文日期').fill('2025年12月30日')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toHaveCount(0)
  const closing = (where: Page) => ({
    recipient: where.locator('.doc-recipient'),
    attachments: where.locator('.doc-attachment'),
    signature: where.locator('.doc-signature'),
    date: where.locator('.doc-issuedDate'),
  })
  const shown = closing(page)
  await expect(shown.recipient).toHaveText('各村（社区）工会：')
  await expect(shown.attachments).toHaveText(['附件：1.2026年任务分解表', '2.考核办法'])
  await expect(shown.signature).toHaveText('甲镇总工会')
  await expect(shown.date).toHaveText('2025年12月30日')
  // 字数 counts them: 各村社区工会 6, 2026+年任务分解表 7, 考核办法 4, 甲镇总工会 5, 2025年12月30日 6.
  await expect(charCount).toHaveText(String(before + 6 + 7 + 4 + 5 + 6))

  // 另存为模板 (outline only: the closing fields are not bodies, they come too).
  await page.getByRole('button', { name: '另存为模板' }).click()
  const save = page.getByRole('dialog', { name: '另存为模板' })
  await save.getByLabel('模板名称').fill('带落款的模板')
  await save.getByRole('button', { name: '保存模板' }).click()
  await expect(save).toHaveCount(0)
  const gallery = await openGallery(page)
  await gallery
    .getByRole('region', { name: '我的模板' })
    .getByRole('button', { name: /^带落款的模板/ })
    .click()
  await gallery.getByLabel('单位').fill('乙镇总工会')
  await gallery.getByLabel('年度').fill('2027')
  await gallery.getByRole('button', { name: '创建计划' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: '乙镇总工会2027年工作计划' }),
  ).toBeVisible()
  // Unit and year filled; the date moved on by the year between (a plan for 2027 dated 2026).
  await expect(shown.recipient).toHaveText('各村（社区）工会：')
  await expect(shown.attachments).toHaveText(['附件：1.2027年任务分解表', '2.考核办法'])
  await expect(shown.signature).toHaveText('乙镇总工会')
  await expect(shown.date).toHaveText('2026年12月30日')
  await page.screenshot({ path: test.info().outputPath('template-closing.png'), fullPage: true })

  // 导出 → JSON 备份, then 导入计划（JSON）: the imported plan has them as they were.
  await page.getByRole('button', { name: '导出', exact: true }).click()
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /JSON 备份/ }).click(),
  ])
  await page.goto('/#/')
  await page.getByLabel('选择要导入的计划文件').setInputFiles(await json.path())
  await page
    .getByRole('dialog', { name: '已有同名计划' })
    .getByRole('button', { name: '改名' })
    .click()
  await expect(
    page.getByRole('heading', { level: 1, name: '乙镇总工会2027年工作计划（2）' }),
  ).toBeVisible()
  await expect(shown.recipient).toHaveText('各村（社区）工会：')
  await expect(shown.attachments).toHaveText(['附件：1.2027年任务分解表', '2.考核办法'])
  await expect(shown.signature).toHaveText('乙镇总工会')
  await expect(shown.date).toHaveText('2026年12月30日')
})
