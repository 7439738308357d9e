// `npm run bench:unit [-- --check] [-- file filters]`: runs the unit benchmarks (*.bench.test.ts,
// vitest.bench.config.ts, one file at a time), collects the figures they record (src/test/
// benchFigure.ts), prints them beside their budgets (bench/budgets.json, `unit`) and, with
// --check, exits 1 when one is over budget. See bench/README.md.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkUnitBudgets, readUnitBudgets } from './checkBudgets.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function parseArgs(argv) {
  const args = { check: false, budgets: null, out: null, filters: [] }
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=')
    const value = () => inline ?? argv[++i]
    if (name === '--check') args.check = true
    else if (name === '--budgets') args.budgets = path.resolve(value())
    else if (name === '--out') args.out = path.resolve(value())
    else if (name.startsWith('--'))
      throw new Error(`unknown option ${argv[i]} (--check --budgets file --out file [filters])`)
    else args.filters.push(argv[i])
  }
  return args
}

/** name → { value, note } of every figure the run recorded (a figure recorded twice: the last). */
function readFigures(file) {
  const figures = {}
  let text = ''
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return figures
  }
  for (const line of text.split('\n').filter(Boolean)) {
    const { name, value, note } = JSON.parse(line)
    figures[name] = { value: Math.round(value * 100) / 100, note }
  }
  return figures
}

function formatTable(figures, budgets) {
  const byName = new Map(budgets.map((budget) => [budget.figure, budget]))
  const rows = [['figure', 'ms', 'budget', 'what']]
  for (const [name, { value, note }] of Object.entries(figures)) {
    const budget = byName.get(name)
    const mark = !budget ? '' : value > budget.max ? ` ✗ ${budget.max}` : `≤ ${budget.max}`
    rows.push([name, value.toFixed(2), mark, budget?.what ?? note])
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  '))
    .join('\n')
}

function main() {
  const args = parseArgs(process.argv.slice(2))
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plandraft-bench-unit-'))
  const file = path.join(dir, 'figures.jsonl')
  let figures
  try {
    const vitest = path.join(root, 'node_modules/vitest/vitest.mjs')
    const run = spawnSync(
      process.execPath,
      [vitest, 'run', '--config', 'vitest.bench.config.ts', ...args.filters],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, PLANDRAFT_BENCH_FIGURES: file },
      },
    )
    // A benchmark that measured the wrong work (or broke) measured nothing worth a budget.
    if (run.status !== 0) {
      console.error(`\nthe unit benchmarks failed (vitest exit ${run.status ?? run.signal})`)
      process.exit(2)
    }
    figures = readFigures(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const budgets = readUnitBudgets(args.budgets ?? undefined)
  console.log(`\n${formatTable(figures, budgets)}`)
  if (args.out) {
    const results = {
      date: new Date().toISOString(),
      machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length },
      node: process.version,
      figures,
    }
    writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\nwritten ${path.relative(process.cwd(), args.out)}`)
  }
  if (!args.check) return
  // With file filters, a budget whose benchmark was not run is not checked.
  const failures = checkUnitBudgets(figures, budgets, { all: args.filters.length === 0 })
  if (failures.length > 0) {
    console.log(`\n${failures.length} budget(s) exceeded:`)
    for (const failure of failures) console.log(`  ✗ ${failure}`)
    process.exitCode = 1
  } else console.log('\nevery budget met')
}

main()
