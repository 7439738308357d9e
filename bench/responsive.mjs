// The responsive step (issue 17: "the tab stays responsive, input answered within 100 ms"): big
// imports and backups, each measured from the event that starts the work to the painted frame
// that shows it done — the longest task meanwhile (PerformanceObserver 'longtask') and, for keys
// typed every 30 ms into a field inside the open dialog, the longest wait from a key's key-down
// (event time) to its input event. The same workloads as the e2e specs responsive-large,
// responsive-text-file and backup-large, which assert what the user sees, not how fast.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pasteIntoImport } from './pasteIntoImport.mjs'
import { makeResponsiveFiles } from './responsiveFiles.mjs'
import { summarize } from './table.mjs'

const IMPORT_BUTTON = '导入上一年计划（文本 / Word）'
const WORK_LIMIT_MS = 300_000

async function openImportDialog(page) {
  await page.goto('/#/')
  await page.getByRole('button', { name: IMPORT_BUTTON }).click()
  const dialog = page.getByRole('dialog', { name: '导入上一年计划' })
  await dialog.waitFor()
  return dialog
}

const addKeyField = (dialog) => dialog.evaluate((element) => window.__bench.addKeyField(element))

/**
 * A key every 30 ms (key-down to key-down; into the key field, once it is there) until the work
 * is done. The page is asked whether it is done apart from the keys: a key waits only for the
 * page, never for that question, so a key sent while a long task runs waits for the rest of it.
 */
async function typeUntilDone(page) {
  let done = false
  const finished = page
    .waitForFunction(() => window.__bench.workDone(), null, {
      polling: 30,
      timeout: WORK_LIMIT_MS,
    })
    .finally(() => (done = true))
  for (let typed = 0; !done; typed++) {
    const next = Date.now() + 30
    await page.keyboard.press('abcdefghij'[typed % 10])
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())))
  }
  await finished
}

/** The work's report (see pageHelpers workReport), checked to have measured something. */
async function report(page) {
  const seen = await page.evaluate(() => window.__bench.workReport())
  if (seen.keys.length === 0) throw new Error('no key was taken during the work')
  return seen
}

/** a, b: a 99,000-line text pasted (a real paste event), 预览, then 导入 to the new plan. */
async function pasteWorkloads(page, files) {
  const dialog = await openImportDialog(page)
  await pasteIntoImport(dialog, files.paste)
  await addKeyField(dialog)
  await page.evaluate(() =>
    window.__bench.watchWork('click', () =>
      document.querySelector('[aria-label="原文各行"] [role="option"]'),
    ),
  )
  await dialog.getByRole('button', { name: '预览' }).click()
  await typeUntilDone(page)
  const preview = await report(page)
  await dialog.getByText('共 19800 条').waitFor()

  await page.evaluate(() =>
    window.__bench.watchWork('click', () => location.hash.startsWith('#/plan/')),
  )
  await dialog.getByRole('button', { name: '导入', exact: true }).click()
  await typeUntilDone(page)
  // Up to the plan's address: opening a plan of 19,800 items is the editor's own work.
  const imported = await report(page)
  return { pastePreview: preview, pasteImport: imported }
}

/** c, d: a file chosen in the import dialog, to its preview's lines. */
async function fileWorkload(page, file, count) {
  const dialog = await openImportDialog(page)
  await addKeyField(dialog)
  await page.evaluate(() =>
    window.__bench.watchWork('change', () =>
      document.querySelector('[aria-label="原文各行"] [role="option"]'),
    ),
  )
  await dialog.getByLabel('打开 .txt 或 .docx 文件').setInputFiles(file)
  await typeUntilDone(page)
  const seen = await report(page)
  await dialog.getByText(`共 ${count} 条`).waitFor()
  return seen
}

/** e: the 100,000-item backup file chosen for restore, read to its preview (从备份恢复). */
async function backupReadWorkload(page, file) {
  await page.goto('/#/')
  await page.getByRole('button', { name: '备份与恢复' }).click()
  const dialog = page.getByRole('dialog', { name: '备份与恢复' })
  await dialog.waitFor()
  await page.evaluate(() =>
    window.__bench.watchWork('change', () =>
      window.__bench.dialogTitled('从备份恢复')?.textContent.includes('100,000 个条目'),
    ),
  )
  await dialog.getByLabel('选择备份文件').setInputFiles(file)
  await addKeyField(page.getByRole('dialog', { name: '正在读取备份' }))
  await typeUntilDone(page)
  return report(page)
}

/** e: 备份全部数据 of a library of 100,000 items, from the click to the progress gone. */
async function backupMakeWorkload(page) {
  await page.goto('/#/')
  await page.locator('.plan-table').getByRole('link').nth(49).waitFor({ timeout: 120_000 })
  await page.getByRole('button', { name: '备份与恢复' }).click()
  const dialog = page.getByRole('dialog', { name: '备份与恢复' })
  await dialog.waitFor()
  await page.evaluate(() => {
    let shown = false
    window.__bench.watchWork('click', () => {
      const progress = window.__bench.dialogTitled('正在备份')
      if (progress) shown = true
      return shown && !progress
    })
  })
  const downloaded = page.waitForEvent('download', { timeout: WORK_LIMIT_MS })
  await dialog.getByRole('button', { name: '下载备份文件' }).click()
  await addKeyField(page.getByRole('dialog', { name: '正在备份' }))
  await typeUntilDone(page)
  const seen = await report(page)
  await downloaded
  return seen
}

/** Writes the backup's plans and nodes straight into the page's IndexedDB. */
async function seedLibrary(page, rows) {
  await page.goto('/#/')
  await page.getByRole('heading', { name: '计划库' }).waitFor()
  await page.evaluate(async (json) => {
    const { plans, nodes } = JSON.parse(json)
    const db = await window.__bench.openDb()
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['plans', 'nodes'], 'readwrite')
      for (const plan of plans) tx.objectStore('plans').put(plan)
      for (const node of nodes) tx.objectStore('nodes').put(node)
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, rows)
}

/** A fresh context (its own IndexedDB) and page for `measure`; both closed after. */
async function inNewPage(newContext, measure) {
  const context = await newContext()
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(WORK_LIMIT_MS)
    return await measure(page)
  } finally {
    await context.close()
  }
}

/** The figures of one workload's report; its longest tasks are kept apart for the results. */
const FIGURE_SUFFIXES = ['KeyMax', 'Keys', 'LongestTask', 'Done']

function figuresOf(seen) {
  const keyMs = seen.keys.map((key) => key.ms)
  return {
    KeyMax: Math.max(...keyMs),
    Keys: keyMs.length,
    LongestTask: Math.max(0, ...seen.longTasks.map((task) => task.ms)),
    Done: seen.ms,
  }
}

const rounded = (tasks) =>
  [...tasks]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 8)
    .map(({ at, ms }) => ({ at: Math.round(at), ms: Math.round(ms) }))

/**
 * The responsive step, `runs` times: every workload in fresh contexts (the backup made from one
 * context seeded once with 100,000 items). `newContext` makes a context as the bench's others
 * (base URL, bench helpers). Returns each figure's summary and, per run, the load average and
 * the longest tasks of each workload (ms after the work's start).
 */
export async function benchResponsive({ runs, newContext }) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'plandraft-bench-'))
  const samples = {}
  const record = (name, value) => (samples[name] ??= []).push(value)
  const details = []
  let seeded
  try {
    console.log('responsive: making the files (99,000 lines, 19 MB GB18030, Word, backup)…')
    const files = await makeResponsiveFiles(dir)
    seeded = await newContext()
    const seedPage = await seeded.newPage()
    await seedLibrary(seedPage, files.backupRows)
    await seedPage.close()
    for (let run = 0; run < runs; run++) {
      const loadAverage = os.loadavg().map((load) => Math.round(load * 100) / 100)
      console.log(`responsive: run ${run + 1} of ${runs} (load average ${loadAverage.join(' ')})`)
      // Each gives its workloads' reports by name (the paste two: 预览, then 导入).
      const workloads = [
        [['pastePreview', 'pasteImport'], (page) => pasteWorkloads(page, files)],
        [
          ['textFile'],
          async (page) => ({ textFile: await fileWorkload(page, files.textFile, 19800) }),
        ],
        [
          ['wordFile'],
          async (page) => ({ wordFile: await fileWorkload(page, files.wordFile, 9000) }),
        ],
        [
          ['backupRestoreRead'],
          async (page) => ({ backupRestoreRead: await backupReadWorkload(page, files.backupFile) }),
        ],
      ]
      const longTasks = {}
      const measureEach = async (names, measure) => {
        let reports
        try {
          reports = await measure()
        } catch (error) {
          const message = String(error?.message ?? error).split('\n')[0]
          console.warn(`  ! ${names.join(', ')}: ${message}`)
          reports = Object.fromEntries(names.map((name) => [name, { error: message }]))
        }
        for (const name of names) {
          const seen = reports[name]
          if (seen.error) {
            for (const figure of FIGURE_SUFFIXES) record(`${name}${figure}`, `error: ${seen.error}`)
            continue
          }
          for (const [figure, value] of Object.entries(figuresOf(seen)))
            record(`${name}${figure}`, value)
          longTasks[name] = rounded(seen.longTasks)
        }
      }
      for (const [names, measure] of workloads)
        await measureEach(names, () => inNewPage(newContext, measure))
      await measureEach(['backupMake'], async () => {
        const page = await seeded.newPage()
        page.setDefaultTimeout(WORK_LIMIT_MS)
        try {
          return { backupMake: await backupMakeWorkload(page) }
        } finally {
          await page.close()
        }
      })
      details.push({ loadAverage, longTasks })
    }
  } finally {
    await seeded?.close()
    await rm(dir, { recursive: true, force: true })
  }
  return {
    figures: Object.fromEntries(
      Object.entries(samples).map(([name, values]) => [name, summarize(values)]),
    ),
    runs: details,
  }
}
