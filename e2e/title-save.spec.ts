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

/**
 * In the page: every frame and every 4 ms, the status bar's text, the title field's value and
 * (read right then, so it sees every write begun before) the title IndexedDB holds.
 */
async function startSampling(page: Page, nodeId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('plandraft')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const samples: Sample[] = []
    const pending: Promise<void>[] = []
    let running = true
    const sample = () => {
      const status = document.querySelector('[data-testid="save-status"]')?.textContent ?? ''
      const input = document.querySelector<HTMLInputElement>('[role="tree"] input')
      const entry: Sample = { status, value: input?.value ?? null, stored: null }
      samples.push(entry)
      const request = db.transaction('nodes').objectStore('nodes').get(id)
      pending.push(
        new Promise((resolve) => {
          request.onsuccess = () => {
            entry.stored = (request.result as { title: string } | undefined)?.title ?? null
            resolve()
          }
          request.onerror = () => resolve()
        }),
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
  }, nodeId)
}

const stopSampling = (page: Page): Promise<Sample[]> =>
  page.evaluate(() =>
    (window as unknown as { stopSampling: () => Promise<Sample[]> }).stopSampling(),
  )

for (const delay of [0, 30]) {
  test(`while a title is typed (keys ${delay} ms apart) 已保存 never shows over unsaved text`, async ({
    page,
  }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'p', title: '状态采样计划' }, [
      { id: 'c1', parentId: null, title: '第一章' },
      { id: 'c2', parentId: null, title: '第二章' },
    ])
    await plan.row('一、第一章').click()
    await page.keyboard.press('F2')
    const input = plan.tree.getByRole('textbox', { name: '条目标题' })
    await expect(input).toBeFocused()
    await page.keyboard.press('End')
    await startSampling(page, 'c1')
    const text = '凝聚职工智慧力量推动高质量发展'
    for (const part of [text.slice(0, 5), text.slice(5, 10), text.slice(10)]) {
      await page.keyboard.type(part, { delay })
      // A pause as a writer makes, long enough for a save to finish, then typing goes on.
      await page.waitForTimeout(delay ? 400 : 120)
    }
    await plan.waitSaved()
    const samples = await stopSampling(page)
    const typing = samples.filter((entry) => entry.value !== null)
    expect(typing.length).toBeGreaterThan(50)
    // While the field holds text IndexedDB does not, the status said so.
    const unsaved = typing.filter((entry) => entry.value !== entry.stored)
    expect(unsaved.length).toBeGreaterThan(0)
    const lies = unsaved.filter((entry) => entry.status === '已保存')
    expect(lies, `${lies.length} of ${typing.length} samples said 已保存 over unsaved text`).toEqual(
      [],
    )
    // And it did say 已保存 once the text was stored.
    expect(typing.some((entry) => entry.status === '已保存' && entry.value === entry.stored)).toBe(
      true,
    )
    await expect(input).toHaveValue(`第一章${text}`)
  })
}
