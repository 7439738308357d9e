import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'
import { openImportDialog } from './fixtures/importDialog'

const seedFile = [
  path.resolve('src/domain/import/fixtures/work-plan-samples.txt'),
  path.resolve('../shared/seed/work-plan-samples.txt'),
].find((file) => existsSync(file))

test.describe('import last year’s plan', () => {
  test('pasted seed text: a level changed in the preview, three plans imported', async ({
    page,
  }, testInfo) => {
    const dialog = await openImportDialog(page)
    await dialog.getByLabel('粘贴计划全文').fill(readFileSync(seedFile!, 'utf8'))
    await dialog.getByRole('button', { name: '预览' }).click()

    // The seed is Traditional: 繁体转简体 is on by itself, and the lines show converted.
    await expect(dialog.getByLabel(/繁体转简体/)).toBeChecked()
    const lines = dialog.getByRole('listbox', { name: '原文各行' })
    const moved = lines.getByRole('option', { name: /3、弘扬伟大劳模精神/ })
    await expect(moved).toBeVisible()
    await expect(dialog.getByRole('tab')).toHaveCount(3)
    await expect(dialog.getByLabel('计划标题')).toHaveValue('乡镇工会工作计划参考')
    await page.screenshot({ path: testInfo.outputPath('import-preview.png') })

    // 3、弘扬… goes one level down, under 2、提升…: it becomes 1. under （二）.
    await moved.click()
    await expect(moved).toHaveAttribute('aria-selected', 'true')
    await expect(lines).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(moved).toContainText('3级')
    const outline = dialog.getByRole('list', { name: '导入后的大纲' })
    await expect(outline.getByRole('listitem').nth(3)).toContainText('1.弘扬伟大劳模精神')
    await page.screenshot({ path: testInfo.outputPath('import-preview-changed.png') })

    await dialog.getByRole('button', { name: '导入 3 个计划' }).click()
    await expect(dialog).toHaveCount(0)
    const plan = new PlanPage(page)
    await expect(
      page.getByRole('heading', { level: 1, name: '乡镇工会工作计划参考' }),
    ).toBeVisible()
    const firstChapter = [
      '一、凝聚职工智慧力量,进一步推动科学发展',
      '（一）深化劳动竞赛活动',
      '（二）提升技术创新能力',
      '1.弘扬伟大劳模精神',
      '二、围绕创建和谐劳动关系,进一步维护职工合法权益',
      '（一）着力源头参与,从制度上维护职工权益',
    ]
    expect((await plan.treeLines()).slice(0, 6)).toEqual(firstChapter)
    const tree = await plan.treeLines()
    expect(tree.filter((line) => /^[一二三四五六七八九十]+、/.test(line))).toHaveLength(5)
    expect(tree).toContain('五、树立工会良好形象,进一步加强自身建设')
    expect((await plan.documentHeadings()).slice(0, 6)).toEqual(firstChapter)
    await expect(plan.document).toContainText('着眼全镇')

    await page.goto('/#/')
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(4)
  })

  test('a Word file opened with the file picker imports with its heading levels', async ({
    page,
  }, testInfo) => {
    const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
      new Paragraph({ text, heading: level })
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '某某镇总工会2025年工作计划', heading: HeadingLevel.TITLE }),
            new Paragraph('今年工会工作的总体思路是：围绕中心，服务大局。'),
            heading('加强思想政治引领', HeadingLevel.HEADING_1),
            heading('深化理论学习', HeadingLevel.HEADING_2),
            new Paragraph({
              children: [new TextRun('组织职工'), new TextRun({ text: '学习宣讲', bold: true })],
            }),
            heading('开展主题宣传', HeadingLevel.HEADING_2),
            heading('维护职工合法权益', HeadingLevel.HEADING_1),
            heading('推进集体协商', HeadingLevel.HEADING_2),
          ],
        },
      ],
    })
    const file = testInfo.outputPath('plan-2025.docx')
    writeFileSync(file, await Packer.toBuffer(document))

    const dialog = await openImportDialog(page)
    await dialog.getByLabel('打开 .txt 或 .docx 文件').setInputFiles(file)
    const outline = dialog.getByRole('list', { name: '导入后的大纲' })
    await expect(outline.getByRole('listitem')).toHaveCount(5)
    await dialog.getByRole('button', { name: '导入', exact: true }).click()

    const plan = new PlanPage(page)
    await expect(plan.tree).toBeVisible()
    expect(await plan.treeLines()).toEqual([
      '一、加强思想政治引领',
      '（一）深化理论学习',
      '（二）开展主题宣传',
      '二、维护职工合法权益',
      '（一）推进集体协商',
    ])
    await expect(plan.document.locator('strong, b').filter({ hasText: '学习宣讲' })).toBeVisible()
  })

  test('a GB18030 text file: the encoding is detected and can be changed', async ({ page }) => {
    // 工作计划 / 一、加强学习 / （一）深化理论学习 / （二）开展宣传 / 二、维护权益, in GB18030.
    const bytes = Buffer.from(
      'b9a4d7f7bcc6bbae0ad2bba1a2bcd3c7bfd1a7cfb00aa3a8d2bba3a9c9eebbafc0edc2dbd1a7cfb00aa3a8b6fea3a9bfaad5b9d0fbb4ab0ab6fea1a2ceacbba4c8a8d2e60a',
      'hex',
    )
    const dialog = await openImportDialog(page)
    await dialog
      .getByLabel('打开 .txt 或 .docx 文件')
      .setInputFiles({ name: '计划.txt', mimeType: 'text/plain', buffer: bytes })
    const encoding = dialog.getByLabel('文字编码')
    await expect(encoding).toHaveValue('gb18030')
    const outline = dialog.getByRole('list', { name: '导入后的大纲' })
    await expect(outline.getByRole('listitem')).toHaveText([
      '一、加强学习',
      '（一）深化理论学习',
      '（二）开展宣传',
      '二、维护权益',
    ])
    await encoding.selectOption('utf-16le')
    await expect(outline).not.toContainText('加强学习')
    await encoding.selectOption('gb18030')
    await expect(outline.getByRole('listitem').first()).toHaveText('一、加强学习')
    await expect(dialog.getByLabel('计划标题')).toHaveValue('工作计划')

    // A heading made body text of the item above, and back; the keys work as the buttons do.
    const line = dialog.getByRole('option', { name: /（二）开展宣传/ })
    await line.click()
    await dialog.getByRole('button', { name: '设为正文' }).click()
    await expect(line).toContainText('正文')
    await expect(outline.getByRole('listitem')).toHaveCount(3)
    await expect(outline.getByRole('listitem').nth(1)).toContainText('（二）开展宣传')
    await line.click()
    await expect(dialog.getByRole('listbox', { name: '原文各行' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(outline.getByRole('listitem')).toHaveCount(4)
    await page.keyboard.press('Shift+Tab')
    await expect(outline.getByRole('listitem').nth(2)).toHaveText('二、开展宣传')

    const scan = await new AxeBuilder({ page }).include('dialog').analyze()
    const serious = scan.violations.filter((violation) =>
      ['serious', 'critical'].includes(violation.impact ?? ''),
    )
    expect(serious.map((violation) => violation.id)).toEqual([])
  })

  test('a file dropped on the paste box opens as the file picker opens it; the box passes axe', async ({
    page,
  }) => {
    const dialog = await openImportDialog(page)
    const box = dialog.getByLabel('粘贴计划全文')
    await expect(box).toBeFocused()
    const scan = await new AxeBuilder({ page }).include('dialog').analyze()
    expect(
      scan.violations
        .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
        .map((violation) => violation.id),
    ).toEqual([])
    // The same GB18030 bytes as above, dropped from the desktop onto the box.
    await box.evaluate((element, hex) => {
      const bytes = new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)))
      const data = new DataTransfer()
      data.items.add(new File([bytes], '计划.txt', { type: 'text/plain' }))
      for (const type of ['dragenter', 'dragover', 'drop'])
        element.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        )
    }, 'b9a4d7f7bcc6bbae0ad2bba1a2bcd3c7bfd1a7cfb00aa3a8d2bba3a9c9eebbafc0edc2dbd1a7cfb00aa3a8b6fea3a9bfaad5b9d0fbb4ab0ab6fea1a2ceacbba4c8a8d2e60a')
    await expect(dialog.getByLabel('文字编码')).toHaveValue('gb18030')
    await expect(
      dialog.getByRole('list', { name: '导入后的大纲' }).getByRole('listitem'),
    ).toHaveText(['一、加强学习', '（一）深化理论学习', '（二）开展宣传', '二、维护权益'])
    // Opened as a file, not put into the box as text.
    await dialog.getByRole('button', { name: '重新选择来源' }).click()
    await expect(box).toBeFocused()
    await expect(box).not.toContainText('工作计划')
  })

  test('a heading wrapped over two lines: the preview shows its second line as part of it', async ({
    page,
  }, testInfo) => {
    const dialog = await openImportDialog(page)
    await dialog
      .getByLabel('粘贴计划全文')
      .fill(
        [
          '某某镇总工会2026年工作计划',
          '一、以习近平新时代中国特色社会主义思想为指导全面',
          '贯彻落实党的二十大精神',
          '（一）加强学习',
          '组织职工学习。',
        ].join('\n'),
      )
    await dialog.getByRole('button', { name: '预览' }).click()
    const lines = dialog.getByRole('listbox', { name: '原文各行' })
    const tail = lines.getByRole('option', { name: /贯彻落实党的二十大精神/ })
    // Labelled as the heading's end, not 正文; the outline has the one joined title.
    await expect(tail).toContainText('章节续行')
    await expect(tail).not.toContainText('正文')
    await expect(lines.getByRole('option', { name: /组织职工学习/ })).toContainText('正文')
    const outline = dialog.getByRole('list', { name: '导入后的大纲' })
    await expect(outline.getByRole('listitem').first()).toContainText(
      '一、以习近平新时代中国特色社会主义思想为指导全面贯彻落实党的二十大精神',
    )
    await page.screenshot({ path: testInfo.outputPath('import-wrapped-heading.png') })

    // Enter makes it a chapter of its own: the preview and the outline say so together.
    await tail.click()
    await page.keyboard.press('Enter')
    await expect(tail).toContainText('章节 · 1级')
    await expect(outline.getByRole('listitem').first()).toHaveText(
      /以习近平新时代中国特色社会主义思想为指导全面$/,
    )
    await expect(outline).toContainText('二、贯彻落实党的二十大精神')
  })

  test('a broken or empty file shows why and changes nothing', async ({ page }) => {
    await seedPlan(page, { id: 'keep', title: '县总工会2026年工作要点', year: 2026 }, [
      { id: 'c1', parentId: null, title: '凝聚职工智慧力量' },
    ])
    const dialog = await openImportDialog(page)
    const picker = dialog.getByLabel('打开 .txt 或 .docx 文件')

    await picker.setInputFiles({
      name: 'broken.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]),
    })
    await expect(dialog.getByRole('alert')).toBeVisible()
    await expect(dialog.getByRole('listbox', { name: '原文各行' })).toHaveCount(0)

    await picker.setInputFiles({
      name: 'empty.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(''),
    })
    await expect(dialog.getByRole('alert')).toContainText('文件是空的')

    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(dialog).toHaveCount(0)
    const rows = page.getByRole('table').getByRole('row')
    await expect(rows).toHaveCount(2)
    await expect(rows.nth(1)).toContainText('县总工会2026年工作要点')
  })
})
