// `npm run bench [-- --sizes S,L,XL --runs 5 --check]`: builds the production app into its own
// directory, serves it with vite preview on 127.0.0.1, drives Debian's Chromium with Playwright
// over generated plans, prints a table and writes bench/results.json. See bench/README.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright'
import { format, resolveConfig } from 'prettier'
import { build, preview } from 'vite'
import { bundleReport } from './bundle.mjs'
import { checkBudgets, readBudgets } from './checkBudgets.mjs'
import { installBenchHelpers } from './pageHelpers.mjs'
import { generatePlan } from './plans.mjs'
import { benchResponsive } from './responsive.mjs'
import * as scenario from './scenarios.mjs'
import { formatTable, summarize } from './table.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function parseArgs(argv) {
  const args = {
    sizes: ['S', 'L', 'XL'],
    runs: 5,
    check: false,
    keys: 200,
    out: path.join(root, 'bench/results.json'),
    outDir: process.env.BENCH_OUTDIR ?? 'dist-bench',
    port: Number(process.env.BENCH_PORT ?? 4196),
    build: true,
    only: null,
    skip: [],
  }
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=')
    const value = () => inline ?? argv[++i]
    if (name === '--sizes')
      args.sizes = value()
        .split(',')
        .map((size) => size.trim().toUpperCase())
    else if (name === '--runs') args.runs = Number(value())
    else if (name === '--check') args.check = true
    else if (name === '--keys') args.keys = Number(value())
    else if (name === '--out') args.out = path.resolve(value())
    else if (name === '--out-dir') args.outDir = value()
    else if (name === '--port') args.port = Number(value())
    else if (name === '--no-build') args.build = false
    else if (name === '--only') args.only = value().split(',')
    else if (name === '--skip') args.skip = value().split(',')
    else
      throw new Error(
        `unknown option ${argv[i]} (--sizes S,L,XL --runs 5 --check --keys 200 --out file --out-dir dir --port n --no-build --only steps --skip steps)`,
      )
  }
  if (!(args.runs >= 1)) throw new Error('--runs must be at least 1')
  for (const size of args.sizes)
    if (!['S', 'L', 'XL'].includes(size)) throw new Error(`unknown size ${size}`)
  return args
}

// As in playwright.config.ts: Debian's Chromium (Playwright cannot download its own here).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const launchOptions = {
  executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Long tasks and frames of a background tab are throttled: the bench's tab is never hidden.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
}

async function buildAll(args) {
  const appDir = path.join(root, args.outDir)
  const baselineDir = path.join(root, `${args.outDir}-baseline`)
  if (args.build) {
    console.log(
      `building the app into ${args.outDir} and the baseline page into ${args.outDir}-baseline…`,
    )
    process.env.PLANDRAFT_OUTDIR = args.outDir
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      root,
      logLevel: 'warn',
      build: { outDir: appDir, emptyOutDir: true },
    })
    await build({
      configFile: false,
      root: path.join(root, 'bench/baseline'),
      logLevel: 'warn',
      build: { outDir: baselineDir, emptyOutDir: true },
    })
  }
  return { appDir, baselineDir }
}

async function serve(dir, port, configFile) {
  const server = await preview({
    configFile,
    root,
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  })
  return server
}

/** Runs `measure`, recording its figures, or the error in place of each of `names`. */
async function attemptOn(record, names, measure, page) {
  try {
    await measure()
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0]
    console.warn(`  ! ${names.join(', ')}: ${message}`)
    if (process.env.BENCH_DEBUG && page)
      await page.screenshot({ path: `/tmp/bench-${names[0]}.png` }).catch(() => undefined)
    for (const name of names) record(name, `error: ${message}`)
  }
}

/**
 * Whether the step whose first figure is `first` runs: --only lists the first figures' beginnings
 * of the steps to run (open always runs), --skip those not to run.
 */
const runsStep = (args, first) =>
  (first === 'open' || !args.only || args.only.some((only) => first.startsWith(only))) &&
  !args.skip.some((skip) => first.startsWith(skip))

const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]
}

async function benchSize(size, args, env) {
  const data = generatePlan(size)
  const extras = size === env.extrasSize
  const samples = {}
  const notes = {}
  // Figures of the steps not run (--only, --skip): --check skips their budgets.
  const skipped = new Set()
  const record = (name, value) => (samples[name] ??= []).push(value)
  const context = await env.newContext()
  const setup = await context.newPage()
  await scenario.seedDatabase(setup, data, { phrases: extras ? 5000 : 0 })
  await setup.close()
  const baselinePage = await context.newPage()

  for (let run = 0; run < args.runs; run++) {
    console.log(`${size} (${data.nodes.length} items): run ${run + 1} of ${args.runs}`)
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    // Every figure a step records is in its names: the first one selects the step (runsStep).
    const attempt = (names, measure) => {
      if (runsStep(args, names[0])) return attemptOn(record, names, measure, page)
      for (const name of names) skipped.add(name)
    }
    await scenario.gotoLibrary(page, data)
    await attempt(['open', 'openLoadsKb', 'documentLoad'], async () => {
      const { ms, documentMs, extra } = await scenario.measureOpen(
        page,
        data,
        env.bundle.initialFiles,
      )
      record('open', ms)
      record('documentLoad', documentMs)
      const extraKb = extra.reduce((sum, file) => sum + (env.bundle.gzipKb[file] ?? 0), 0)
      record('openLoadsKb', extraKb)
      notes.openLoads = extra
    })
    const domNames = [
      'treeRows',
      'visibleRows',
      'treeRowsOverVisible',
      'docNodes',
      'contenteditable',
    ]
    await attempt(domNames, async () => {
      const counts = await scenario.domCounts(page)
      record('treeRows', counts.treeRows)
      record('visibleRows', counts.visibleRows)
      record('treeRowsOverVisible', counts.treeRows - counts.visibleRows)
      record('docNodes', counts.docNodes)
      record('contenteditable', counts.contenteditable)
    })
    await attempt(['heapMb'], async () => record('heapMb', await scenario.heapMb(page)))
    await attempt(['firstEdit', 'contenteditableEditing'], async () => {
      const { ms, editors } = await scenario.measureFirstEdit(page, data)
      record('firstEdit', ms)
      record('contenteditableEditing', editors)
    })
    let typingP95
    await attempt(['typingP50', 'typingP95', 'typingMax'], async () => {
      const typed = await scenario.measureTyping(page, data, args.keys)
      record('typingP50', percentile(typed, 0.5))
      record('typingP95', (typingP95 = percentile(typed, 0.95)))
      record('typingMax', Math.max(...typed))
    })
    await attempt(['baselineP50', 'baselineP95', 'baselineMax', 'typingP95Ratio'], async () => {
      await baselinePage.bringToFront()
      const typed = await scenario.measureBaselineTyping(
        baselinePage,
        env.baselineURL,
        data,
        args.keys,
      )
      await page.bringToFront()
      record('baselineP50', percentile(typed, 0.5))
      const p95 = percentile(typed, 0.95)
      record('baselineP95', p95)
      record('baselineMax', Math.max(...typed))
      if (typingP95 !== undefined) record('typingP95Ratio', typingP95 / p95)
    })
    const [, , c3, c4, c5] = data.chapterIds
    void c3
    const moveNames = [
      'moveKeyUp',
      'moveKeyUpPainted',
      'moveKeyUpCommitted',
      'moveMutations',
      'moveRowsTouched',
      'moveDocNodesTouched',
    ]
    await attempt(moveNames, async () => {
      const { ms, paintedMs, committedMs, counts } = await scenario.measureKeyMove(
        page,
        data,
        c5,
        5,
        'ArrowUp',
      )
      record('moveKeyUp', ms)
      record('moveKeyUpPainted', paintedMs)
      record('moveKeyUpCommitted', committedMs)
      record('moveMutations', counts.records)
      record('moveRowsTouched', counts.rows)
      record('moveDocNodesTouched', counts.docNodes)
    })
    await attempt(['moveKeyDown'], async () => {
      const { ms } = await scenario.measureKeyMove(page, data, c5, 4, 'ArrowDown')
      record('moveKeyDown', ms)
    })
    await attempt(['moveDrag'], async () =>
      record('moveDrag', await scenario.measureDragMove(page, data, c5, c4, 5)),
    )
    await attempt(['moveDragBack'], async () =>
      record('moveDragBack', await scenario.measureDragMove(page, data, c4, c5, 5)),
    )
    await attempt(['collapseAll', 'expandAll'], async () => {
      const { collapseMs, expandMs } = await scenario.measureCollapseExpand(page)
      record('collapseAll', collapseMs)
      record('expandAll', expandMs)
    })
    await attempt(['twoWindowsP50', 'twoWindowsP95', 'twoWindowsMax'], async () => {
      const shown = await scenario.measureTwoWindows(page, data, 20)
      record('twoWindowsP50', percentile(shown, 0.5))
      record('twoWindowsP95', percentile(shown, 0.95))
      record('twoWindowsMax', Math.max(...shown))
    })
    if (extras) {
      const printNames = ['printFirstPage', 'printLastPage', 'printLongestTask', 'printPages']
      await attempt(printNames, async () => {
        const print = await scenario.measurePrintPreview(page, data)
        record('printFirstPage', print.firstMs)
        record('printLastPage', print.lastMs)
        record('printLongestTask', print.longestTaskMs)
        record('printPages', print.pages)
      })
      await attempt(['docxExport'], async () =>
        record('docxExport', await scenario.measureDocx(page)),
      )
      await attempt(['replaceAll', 'findKeyMax', 'findResult'], async () => {
        const [from, to] = run % 2 === 0 ? ['职工', '员工'] : ['员工', '职工']
        const find = await scenario.measureReplaceAll(page, data, from, to)
        record('replaceAll', find?.ms ?? 'n/a (not built yet)')
        record('findKeyMax', find?.keyMax ?? 'n/a (not built yet)')
        record('findResult', find?.resultMs ?? 'n/a (not built yet)')
      })
      await attempt(['checkListed', 'typingCheckP95'], async () => {
        const { listedMs, typed } = await scenario.measurePlanCheck(page, data, args.keys)
        record('checkListed', listedMs)
        record('typingCheckP95', percentile(typed, 0.95))
      })
      await attempt(['phraseSearchResult', 'phraseSearchKeyP95'], async () => {
        const { keys, resultMs } = await scenario.measurePhraseSearch(page)
        record('phraseSearchResult', resultMs)
        record('phraseSearchKeyP95', percentile(keys, 0.95))
      })
      await attempt(['importPreview', 'importLevel', 'importCommit'], async () => {
        const { previewMs, levelMs, importMs } = await scenario.measureImport(page)
        record('importPreview', previewMs)
        record('importLevel', levelMs)
        record('importCommit', importMs)
      })
    }
    await page.close()
  }
  await context.close()
  return {
    items: data.nodes.length,
    chapterDescendants: data.chapterDescendants,
    figures: Object.fromEntries(
      Object.entries(samples).map(([name, values]) => [name, summarize(values)]),
    ),
    openLoads: notes.openLoads ?? [],
    skipped: [...skipped],
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const started = Date.now()
  const { appDir, baselineDir } = await buildAll(args)
  const bundle = bundleReport(appDir)
  const app = await serve(appDir, args.port, path.join(root, 'vite.config.ts'))
  const baseline = await serve(baselineDir, args.port + 1, false)
  const browser = await chromium.launch(launchOptions)
  const results = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      platform: `${os.type()} ${os.release()}`,
      node: process.version,
      chromium: browser.version(),
    },
    runs: args.runs,
    keystrokes: args.keys,
    extrasSize: null,
    bundle,
    sizes: {},
  }
  /** A context of its own (its own IndexedDB), the bench's helpers in every page. */
  const newContext = async () => {
    const context = await browser.newContext({
      baseURL: `http://127.0.0.1:${args.port}`,
      locale: 'zh-CN',
      viewport: { width: 1400, height: 900 },
      // Steady state: the service worker's first-visit download of every chunk is left out.
      serviceWorkers: 'block',
    })
    await context.addInitScript(installBenchHelpers)
    return context
  }
  try {
    const extrasSize = args.sizes.includes('L') ? 'L' : args.sizes[args.sizes.length - 1]
    results.extrasSize = extrasSize
    const env = {
      baseURL: `http://127.0.0.1:${args.port}`,
      baselineURL: `http://127.0.0.1:${args.port + 1}/`,
      bundle,
      extrasSize,
      newContext,
    }
    for (const size of args.sizes) results.sizes[size] = await benchSize(size, args, env)
    // Big imports and backups (issue 17), apart from the plan sizes: its own data and contexts.
    if (runsStep(args, 'responsive'))
      results.responsive = await benchResponsive({ runs: args.runs, newContext })
  } finally {
    await browser.close()
    await new Promise((resolve) => app.httpServer.close(resolve))
    await new Promise((resolve) => baseline.httpServer.close(resolve))
  }
  results.seconds = Math.round((Date.now() - started) / 1000)
  mkdirSync(path.dirname(args.out), { recursive: true })
  // Formatted as `prettier --check` (npm run lint) expects.
  writeFileSync(
    args.out,
    await format(JSON.stringify(results), {
      ...(await resolveConfig(args.out)),
      parser: 'json',
    }),
  )
  console.log('\n' + formatTable(results))
  console.log(`\nwritten ${path.relative(process.cwd(), args.out)} (${results.seconds} s)`)
  if (args.check) {
    const failures = checkBudgets(results, readBudgets())
    if (failures.length > 0) {
      console.log(`\n${failures.length} budget(s) exceeded:`)
      for (const failure of failures) console.log(`  ✗ ${failure}`)
      process.exitCode = 1
    } else console.log('\nevery budget met')
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(2)
})
