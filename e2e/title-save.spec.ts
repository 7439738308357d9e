import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

/** The browser's main process for a profile folder, to be killed as a crash would. */
function browserPid(profile: string): number {
  const out = execFileSync('pgrep', ['-o', '-f', `user-data-dir=${profile}`]).toString()
  return Number(out.trim())
}

test('titles typed with F2 survive a crash right after 已保存, every character', async ({
  baseURL,
}, testInfo) => {
  testInfo.setTimeout(180_000)
  const project = testInfo.project.use as {
    launchOptions?: { executablePath?: string; args?: string[] }
  }
  const profile = mkdtempSync(join(tmpdir(), 'plandraft-title-crash-'))
  const open = () =>
    chromium.launchPersistentContext(profile, {
      ...project.launchOptions,
      baseURL,
      locale: 'zh-CN',
      viewport: { width: 1400, height: 900 },
    })
  let context: BrowserContext = await open()
  let page = context.pages()[0] ?? (await context.newPage())
  let plan = new PlanPage(page)
  await plan.createPlan('标题崩溃测试计划')
  await page.getByRole('button', { name: '添加章节' }).click()
  await plan.typeRowTitle('章')
  const url = page.url()
  let title = '章'
  for (let round = 1; round <= 8; round++) {
    const row = plan.row(new RegExp(`^一、${title}$`))
    await row.click()
    await page.keyboard.press('F2')
    const input = plan.tree.getByRole('textbox', { name: '条目标题' })
    await expect(input).toBeFocused()
    await page.keyboard.press('End')
    // Quick keys, slow keys and an IME commit: the last characters are the ones at risk.
    const word = `第${round}轮标题文字`
    if (round % 3 === 0) await page.keyboard.insertText(word)
    else await page.keyboard.type(word, { delay: round % 3 === 1 ? 0 : 30 })
    title += word
    await expect(input).toHaveValue(title)
    await plan.waitSaved()
    process.kill(browserPid(profile), 'SIGKILL')
    await context.close().catch(() => undefined)
    context = await open()
    page = context.pages()[0] ?? (await context.newPage())
    plan = new PlanPage(page)
    await page.goto(url)
    await expect(plan.row(/^一、/)).toHaveText(`一、${title}`)
  }
  await context.close()
  rmSync(profile, { recursive: true, force: true })
})

interface Sample {
  status: string
  value: string | null
  stored: string | null
}

/** A field that saves as it is typed: an item's title in the tree, an item's body, the preamble. */
type Field = { kind: 'title' | 'body'; id: string } | { kind: 'preamble'; planId: string }

/**
 * In the page: every frame and every 4 ms, the status bar's text, the field's text and (read
 * right then, so it sees every write begun before) the text IndexedDB holds for it.
 */
async function startSampling(page: Page, field: Field): Promise<void> {
  await page.evaluate(async (field) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('plandraft')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    type Doc = { text?: string; content?: Doc[] } | null | undefined
    const text = (doc: Doc): string =>
      doc ? (doc.text ?? '') + (doc.content ?? []).map(text).join('') : ''
    const shown = (): string | null => {
      if (field.kind === 'title')
        return document.querySelector<HTMLInputElement>('[role="tree"] input')?.value ?? null
      const selector =
        field.kind === 'body' ? `#doc-node-${field.id} .ProseMirror` : '.doc-preamble .ProseMirror'
      return document.querySelector(selector)?.textContent ?? null
    }
    const read = (done: (stored: string | null) => void) => {
      const tx = db.transaction(['nodes', 'plans'])
      const get = (store: string, key: string) => {
        const request = tx.objectStore(store).get(key)
        return new Promise<unknown>((resolve) => {
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => resolve(undefined)
        })
      }
      if (field.kind === 'preamble')
        void get('plans', field.planId).then((plan) =>
          done(text((plan as { preamble: Doc } | undefined)?.preamble)),
        )
      else
        void get('nodes', field.id).then((node) => {
          const row = node as { title: string; body: Doc } | undefined
          done(field.kind === 'title' ? (row?.title ?? null) : text(row?.body))
        })
    }
    const samples: Sample[] = []
    const pending: Promise<void>[] = []
    let running = true
    const sample = () => {
      const status = document.querySelector('[data-testid="save-status"]')?.textContent ?? ''
      const entry: Sample = { status, value: shown(), stored: null }
      samples.push(entry)
      pending.push(
        new Promise((resolve) => read((stored) => resolve(void (entry.stored = stored)))),
      )
    }
    const frame = () => {
      if (!running) return
      sample()
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
    const interval = setInterval(sample, 4)
    const w = window as unknown as { stopSampling: () => Promise<Sample[]> }
    w.stopSampling = async () => {
      running = false
      clearInterval(interval)
      await Promise.all(pending)
      db.close()
      return samples
    }
  }, field)
}

const stopSampling = (page: Page): Promise<Sample[]> =>
  page.evaluate(() =>
    (window as unknown as { stopSampling: () => Promise<Sample[]> }).stopSampling(),
  )

const typed = '凝聚职工智慧力量推动高质量发展'

/** Type in three bursts with pauses as a writer makes, sampling all along; check the samples. */
async function typeAndSample(page: Page, field: Field, delay: number, before: string) {
  await startSampling(page, field)
  for (const part of [typed.slice(0, 5), typed.slice(5, 10), typed.slice(10)]) {
    await page.keyboard.type(part, { delay })
    // Long enough for a save to finish, then typing goes on.
    await page.waitForTimeout(delay ? 400 : 120)
  }
  await new PlanPage(page).waitSaved()
  const samples = await stopSampling(page)
  const typing = samples.filter((entry) => entry.value !== null)
  expect(typing.length).toBeGreaterThan(50)
  // The field held text IndexedDB did not (else the test saw nothing)…
  const unsaved = typing.filter((entry) => entry.value !== entry.stored)
  expect(unsaved.length).toBeGreaterThan(0)
  // …and the status said so every time.
  const lies = unsaved.filter((entry) => entry.status === '已保存')
  expect(lies, `${lies.length} of ${typing.length} samples said 已保存 over unsaved text`).toEqual(
    [],
  )
  // It did say 已保存 once the text was stored.
  const last = typing.at(-1)
  expect(last).toEqual({ status: '已保存', value: before + typed, stored: before + typed })
}

const seeded = [
  { id: 'c1', parentId: null, title: '第一章', body: '开头' },
  { id: 'c2', parentId: null, title: '第二章' },
]

for (const delay of [0, 30]) {
  test.describe(`while typing (keys ${delay} ms apart) 已保存 never shows over unsaved text`, () => {
    test('an item title, F2 in the tree', async ({ page }) => {
      const plan = new PlanPage(page)
      await seedPlan(page, { id: 'p', title: '状态采样计划' }, seeded)
      await plan.row('一、第一章').click()
      await page.keyboard.press('F2')
      await expect(plan.tree.getByRole('textbox', { name: '条目标题' })).toBeFocused()
      await page.keyboard.press('End')
      await typeAndSample(page, { kind: 'title', id: 'c1' }, delay, '第一章')
    })

    test('an item body in the document', async ({ page }) => {
      const plan = new PlanPage(page)
      await seedPlan(page, { id: 'p', title: '状态采样计划' }, seeded)
      await plan.document.getByRole('region', { name: '一、第一章' }).getByText('开头').click()
      await page.keyboard.press('Control+End')
      await typeAndSample(page, { kind: 'body', id: 'c1' }, delay, '开头')
    })

    test('the preamble', async ({ page }) => {
      const plan = new PlanPage(page)
      await seedPlan(page, { id: 'p', title: '状态采样计划' }, seeded)
      await plan.document.getByText('点击输入前言（指导思想、总体思路）…').click()
      await expect(plan.document.locator('.doc-preamble .ProseMirror')).toBeFocused()
      await typeAndSample(page, { kind: 'preamble', planId: 'p' }, delay, '')
    })
  })
}

test('the plan form: 正在保存… from the first key until 保存 has stored it; 取消 stores nothing', async ({
  page,
}) => {
  const plan = new PlanPage(page)
  await seedPlan(page, { id: 'p', title: '状态采样计划' }, seeded)
  await plan.waitSaved()
  const storedTitle = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('plandraft')
          open.onsuccess = () => {
            const request = open.result.transaction('plans').objectStore('plans').get('p')
            request.onsuccess = () => {
              resolve((request.result as { title: string }).title)
              open.result.close()
            }
          }
        }),
    )
  const form = page.getByRole('dialog', { name: '修改计划信息' })
  await page.getByRole('button', { name: '修改计划标题、单位和年度' }).click()
  await form.getByLabel('计划标题').press('End')
  await page.keyboard.type('（修订）', { delay: 30 })
  await expect(plan.saveStatus).toHaveText('正在保存…')
  await form.getByRole('button', { name: '取消' }).click()
  await plan.waitSaved()
  expect(await storedTitle()).toBe('状态采样计划')

  await page.getByRole('button', { name: '修改计划标题、单位和年度' }).click()
  await form.getByLabel('计划标题').press('End')
  await page.keyboard.type('（修订）')
  await expect(plan.saveStatus).toHaveText('正在保存…')
  await form.getByRole('button', { name: '保存' }).click()
  await plan.waitSaved()
  expect(await storedTitle()).toBe('状态采样计划（修订）')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('状态采样计划（修订）')
})
