import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { writeRows } from './fixtures/writeRows'
import { generateNKeysBetween } from 'fractional-indexing'

test('a plan left with an orphan and a cycle is repaired at start-up, with a notice, nothing lost', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('heading', { name: '计划库' }).waitFor()
  const [k0, k1] = generateNKeysBetween(null, null, 2)
  const row = (id: string, parentId: string | null, title: string, orderKey = k0) => ({
    id,
    planId: 'damaged',
    parentId,
    orderKey,
    title,
    body: null,
    rev: 0,
  })
  // As a crash or a bug might leave them: a row whose parent is gone, two rows in a cycle.
  await writeRows(
    page,
    {
      id: 'damaged',
      title: '损坏的计划',
      unit: '',
      year: 2026,
      numbering: { scheme: 'standard', continuousLevel2: false },
      preamble: null,
      createdAt: Date.now(),
      updatedAt: Date.now(),
      charCount: 0,
    },
    [
      row('A', null, '第一章'),
      row('A1', 'A', '第一节'),
      row('O', 'gone', '失去上级的条目', k1),
      row('X', 'Y', '循环甲'),
      row('Y', 'X', '循环乙'),
    ],
  )
  // At start-up every plan is checked, and the user is told what was repaired.
  await page.reload()
  await expect(page.getByText(/启动检查：有 \d+ 个条目.*已自动修复/).first()).toBeVisible()
  await page.goto('/#/plan/damaged')
  const plan = new PlanPage(page)
  // Every row is in the outline, as a sound tree: the cycle broken, the orphan a chapter.
  await expect.poll(() => plan.treeLines()).toHaveLength(5)
  const lines = await plan.treeLines()
  expect(lines.slice(0, 2)).toEqual(['一、第一章', '（一）第一节'])
  for (const title of ['失去上级的条目', '循环甲', '循环乙'])
    expect(lines.join('|')).toContain(title)
  // Repaired for good: no notice the next time.
  await page.reload()
  await expect.poll(() => plan.treeLines()).toEqual(lines)
  await expect(page.getByText(/已自动修复/)).toHaveCount(0)
})

/** The browser's main process for a profile folder, to be killed as a crash would. */
function browserPid(profile: string): number {
  const out = execFileSync('pgrep', ['-o', '-f', `user-data-dir=${profile}`]).toString()
  return Number(out.trim())
}

test('20 crashes right after 已保存 lose nothing acknowledged', async ({ baseURL }, testInfo) => {
  testInfo.setTimeout(180_000)
  const project = testInfo.project.use as {
    launchOptions?: { executablePath?: string; args?: string[] }
  }
  const profile = mkdtempSync(join(tmpdir(), 'plandraft-crash-'))
  const open = () =>
    chromium.launchPersistentContext(profile, {
      ...project.launchOptions,
      baseURL,
      locale: 'zh-CN',
      viewport: { width: 1400, height: 900 },
    })
  let context: BrowserContext = await open()
  let page = context.pages()[0] ?? (await context.newPage())
  const plan = new PlanPage(page)
  await page.goto('/')
  await plan.createPlan('崩溃测试计划')
  await page.getByRole('button', { name: '添加章节' }).click()
  await plan.typeRowTitle('第一章')
  const url = page.url()
  const typed: string[] = []
  for (let round = 1; round <= 20; round++) {
    await page.goto(url)
    const heading = page.getByRole('heading', { name: '一、第一章' })
    await heading.click()
    const word = `第${round}次`
    // A title typed, then the body: both must survive the crash once 已保存 shows.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+End')
    await page.keyboard.type(word)
    typed.push(word)
    await expect(page.getByTestId('save-status')).toHaveText('已保存')
    process.kill(browserPid(profile), 'SIGKILL')
    await context.close().catch(() => undefined)
    context = await open()
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto(url)
    const body = page.getByRole('region', { name: '一、第一章' }).locator('.body-text')
    await expect(body).toHaveText(typed.join(''))
  }
  await context.close()
  rmSync(profile, { recursive: true, force: true })
})
