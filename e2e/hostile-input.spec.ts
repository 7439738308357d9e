import { expect, test, type Page } from '@playwright/test'
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import {
  CORPUS,
  HOSTILE_BODY_TEXTS,
  HOSTILE_TITLE,
  expectInert,
  hostileBackup,
  hostilePlan,
  hostileNodes,
  watchForExecution,
} from './fixtures/hostile'
import { PhrasesPanel } from './fixtures/phrasesPanel'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

// The XSS corpus (fixtures/hostile.ts) through every way content comes in: paste, text and Word
// import, phrase import, plan import, template import and backup restore. Each result is looked
// at in the document, in a live editor and in the print preview; nothing may run, no element may
// come through, no request may leave the origin, and imports keep the payloads as literal text.

const SECTION = '加强防护'
const MARKUP = CORPUS.map((payload) => payload.html)

let watch: Awaited<ReturnType<typeof watchForExecution>>

test.beforeEach(async ({ context, page, baseURL }) => {
  watch = await watchForExecution(context, page, baseURL!)
})

test.afterEach(async () => {
  await watch.expectNothingRan()
})

const planIdOf = (page: Page) => decodeURIComponent(page.url().split('#/plan/')[1])

/**
 * The plan in the document, with the body of chapter SECTION (holding `body`) in the live editor,
 * and in the print preview; `titles` are further texts elsewhere in the plan.
 */
async function inspectPlan(
  page: Page,
  planId: string,
  body: readonly string[],
  titles: readonly string[] = [],
) {
  const plan = new PlanPage(page)
  const texts = [...body, ...titles]
  await page.goto(`/#/plan/${planId}`)
  await expect(plan.tree).toBeVisible()
  for (const text of texts) await expect(plan.document).toContainText(text)
  await expectInert(plan.document)
  await watch.expectNothingRan()

  const region = plan.document.getByRole('region', { name: `一、${SECTION}` })
  await region.locator('.body-text').click()
  const live = region.getByRole('textbox', { name: /正文/ })
  await expect(live).toBeFocused()
  for (const text of body) await expect(live).toContainText(text)
  await expectInert(plan.document)
  await watch.expectNothingRan()
  await page.keyboard.press('Escape')
  await plan.waitSaved()

  await page.goto(`/#/plan/${planId}/print`)
  const sheets = page.locator('.print-sheets[data-ready="true"]')
  await expect(sheets).toBeVisible()
  for (const text of texts) await expect(sheets).toContainText(text)
  await expectInert(page.locator('.print-sheets'))
  await watch.expectNothingRan()
}

async function openImportDialog(page: Page) {
  await page.goto('/#/')
  await page.getByRole('button', { name: '导入上一年计划（文本 / Word）' }).click()
  return page.getByRole('dialog', { name: '导入上一年计划' })
}

/** A plan seeded with one empty chapter, whose body is then being edited. */
async function editEmptyBody(page: Page, id: string) {
  await seedPlan(page, { id, title: '粘贴防护测试' }, [
    { id: 'n1', parentId: null, title: SECTION },
  ])
  const region = new PlanPage(page).document.getByRole('region', { name: `一、${SECTION}` })
  await region.getByText('点击输入正文…').click()
  const live = region.getByRole('textbox', { name: /正文/ })
  await expect(live).toBeFocused()
  return live
}

/** A paste into the focused editor, as the browser dispatches it. */
async function paste(page: Page, data: Record<string, string>) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer()
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value)
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    )
  }, data)
}

// Once as shipped, under the page's Content-Security-Policy; once without it, where a handler
// that slipped through would run: the cleaners alone must keep everything out.
for (const bypassCSP of [false, true]) {
  test.describe(bypassCSP ? 'without the CSP' : 'under the CSP', () => {
    test.use({ bypassCSP })

    test('paste: HTML keeps its text only; plain text keeps the markup as text', async ({
      page,
    }) => {
      const live = await editEmptyBody(page, 'xss-paste')
      await paste(page, {
        'text/html': CORPUS.map((payload) => `<p>${payload.html}</p>`).join(''),
        'text/plain': CORPUS.map((payload) => payload.kept).join('\n'),
      })
      for (const payload of CORPUS) await expect(live).toContainText(payload.kept)
      await expectInert(live)
      await paste(page, { 'text/plain': MARKUP.join('\n') })
      for (const text of MARKUP) await expect(live).toContainText(text)
      await new PlanPage(page).waitSaved()

      await inspectPlan(page, 'xss-paste', [...CORPUS.map((payload) => payload.kept), ...MARKUP])
    })

    test('text import: pasted lines stay literal text', async ({ page }) => {
      const dialog = await openImportDialog(page)
      const source = ['某某镇总工会2027年防护测试计划', `一、${SECTION}`, ...MARKUP, '二、依法维权']
      await dialog.getByLabel('粘贴计划全文').fill(source.join('\n'))
      await dialog.getByRole('button', { name: '预览' }).click()
      await expect(dialog.getByRole('list', { name: '导入后的大纲' })).toBeVisible()
      await expectInert(dialog)
      await dialog.getByRole('button', { name: '导入', exact: true }).click()
      await expect(
        page.getByRole('heading', { level: 1, name: '某某镇总工会2027年防护测试计划' }),
      ).toBeVisible()

      await inspectPlan(page, planIdOf(page), MARKUP)
    })

    test('Word import: payload paragraphs and a javascript: hyperlink stay literal text', async ({
      page,
    }) => {
      const word = new Document({
        sections: [
          {
            children: [
              new Paragraph({
                text: '某某镇总工会2027年防护测试计划',
                heading: HeadingLevel.TITLE,
              }),
              new Paragraph({ text: SECTION, heading: HeadingLevel.HEADING_1 }),
              ...MARKUP.map((text) => new Paragraph(text)),
              new Paragraph({
                children: [
                  new ExternalHyperlink({
                    link: "javascript:window.__xss='docx-link'",
                    children: [new TextRun('文档链接')],
                  }),
                ],
              }),
              new Paragraph({ text: HOSTILE_TITLE, heading: HeadingLevel.HEADING_1 }),
            ],
          },
        ],
      })
      const dialog = await openImportDialog(page)
      await dialog.getByLabel('打开 .txt 或 .docx 文件').setInputFiles({
        name: '防护测试.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: await Packer.toBuffer(word),
      })
      await expect(dialog.getByRole('list', { name: '导入后的大纲' })).toBeVisible()
      await expectInert(dialog)
      await dialog.getByRole('button', { name: '导入', exact: true }).click()
      await expect(new PlanPage(page).tree).toBeVisible()

      await inspectPlan(page, planIdOf(page), [...MARKUP, '文档链接'], [HOSTILE_TITLE])
    })

    test('phrase import: the payloads list as text and insert as text', async ({ page }) => {
      await seedPlan(page, { id: 'xss-phrases', title: '常用语防护测试' }, [
        { id: 'n1', parentId: null, title: SECTION, body: '原有正文' },
      ])
      const phrases = new PhrasesPanel(page)
      await phrases.open()
      await phrases.panel.getByTestId('phrase-import-input').setInputFiles({
        name: '常用语库.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({
            format: 'plandraft-phrases',
            version: 1,
            categories: [HOSTILE_TITLE],
            phrases: MARKUP.map((text) => ({ text, category: '恶意分类' })),
          }),
        ),
      })
      await expect(phrases.panel.getByRole('status')).toContainText(
        `已导入 ${MARKUP.length} 条常用语`,
      )
      await phrases.view('恶意分类').click()
      for (const text of MARKUP) await expect(phrases.option(text)).toBeVisible()
      await expectInert(phrases.panel)

      const region = new PlanPage(page).document.getByRole('region', { name: `一、${SECTION}` })
      await region.getByText('原有正文').click()
      const live = region.getByRole('textbox', { name: /正文/ })
      await expect(live).toBeFocused()
      for (const text of MARKUP.slice(0, 3)) {
        await phrases.option(text).dblclick()
        await expect(live).toContainText(text)
      }
      await expectInert(live)
      await new PlanPage(page).waitSaved()

      await inspectPlan(page, 'xss-phrases', MARKUP.slice(0, 3))
    })

    test('plan import: unknown nodes, marks and attributes dropped, their text kept', async ({
      page,
    }) => {
      await page.goto('/')
      await page.getByLabel('选择要导入的计划文件').setInputFiles({
        name: '计划.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({
            format: 'plandraft-plan',
            version: 1,
            exportedAt: new Date().toISOString(),
            plan: hostilePlan('xss-plan-file'),
            nodes: hostileNodes('xss-plan-file'),
          }),
        ),
      })
      await expect(page).toHaveURL(/#\/plan\/[^/]+$/)

      await inspectPlan(page, planIdOf(page), HOSTILE_BODY_TEXTS, [HOSTILE_TITLE])
    })

    test('template import: a plan made from it comes in inert, the gallery too', async ({
      page,
    }) => {
      await page.goto('/')
      await page.getByRole('button', { name: '从模板新建' }).click()
      const gallery = page.getByRole('dialog', { name: '从模板新建' })
      await gallery.getByLabel('选择要导入的模板文件').setInputFiles({
        name: '模板.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({
            format: 'plandraft-template',
            version: 1,
            exportedAt: new Date().toISOString(),
            template: {
              name: HOSTILE_TITLE,
              kind: '工会',
              description: CORPUS[0].html,
              planTitle: HOSTILE_TITLE,
              numbering: { scheme: 'standard', continuousLevel2: false },
              preamble: hostilePlan('xss-template').preamble,
              nodes: hostileNodes('xss-template'),
              withBodies: true,
            },
          }),
        ),
      })
      const preview = gallery.getByRole('region', { name: /标题载荷/ })
      await expect(preview).toContainText(CORPUS[0].html)
      await expectInert(gallery)
      await gallery.getByLabel('单位').fill('防护镇')
      await gallery.getByRole('button', { name: '创建计划' }).click()
      await expect(page).toHaveURL(/#\/plan\/[^/]+$/)

      await inspectPlan(page, planIdOf(page), HOSTILE_BODY_TEXTS, [HOSTILE_TITLE])
    })

    test('backup restore: hostile bodies, titles, phrases and a snapshot come in inert', async ({
      page,
    }) => {
      const planId = 'xss-backup'
      await page.goto('/')
      await page.getByRole('button', { name: '备份与恢复' }).click()
      await page
        .getByRole('dialog', { name: '备份与恢复' })
        .getByLabel('选择备份文件')
        .setInputFiles({
          name: '计划起草备份.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(hostileBackup(planId))),
        })
      const preview = page.getByRole('dialog', { name: '从备份恢复' })
      await expect(preview).toContainText(HOSTILE_TITLE)
      await expectInert(preview)
      await preview.getByRole('button', { name: '合并' }).click()
      await expect(page.getByRole('status').getByText('已合并备份中的 1 个计划')).toBeVisible()
      await expect(page.getByRole('link', { name: HOSTILE_TITLE })).toBeVisible()

      await inspectPlan(page, planId, HOSTILE_BODY_TEXTS, [HOSTILE_TITLE])
      const phrases = new PhrasesPanel(page)
      await page.goto(`/#/plan/${planId}`)
      await phrases.open()
      await phrases.view('恶意分类').click()
      for (const text of MARKUP) await expect(phrases.option(text)).toBeVisible()
      await expectInert(phrases.panel)

      // The version from the file, previewed and compared in 历史版本.
      await page.getByRole('button', { name: '历史版本' }).click()
      const history = page.getByRole('dialog', { name: '历史版本' })
      await history.getByRole('list', { name: '版本列表' }).getByRole('button').first().click()
      const version = history.getByRole('article', { name: '版本预览' })
      for (const text of HOSTILE_BODY_TEXTS) await expect(version).toContainText(text)
      await expectInert(history)
      await history.getByRole('button', { name: '与当前比较' }).click()
      await expect(history.getByText(/此版本与当前内容相同|与当前相比/)).toBeVisible()
      await expectInert(history)
    })
  })
}
