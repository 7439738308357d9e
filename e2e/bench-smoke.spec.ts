import { execFile, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { FIGURES, RESPONSIVE_FIGURES, RESPONSIVE_WORKLOADS } from '../bench/table.mjs'

// The bench's own smoke test: `npm run bench` with the small plan and one run builds, serves,
// measures every figure and writes its results file. No timing is asserted (the machine is shared).
// Its own build directory and ports (4194 and 4195), so it runs beside the e2e server (4180) and
// beside a full bench (4196).
test('npm run bench -- --sizes S --runs 1 writes every figure', async () => {
  test.setTimeout(300_000)
  const out = test.info().outputPath('results.json')
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      'bench/run.mjs',
      '--sizes',
      'S',
      '--runs',
      '1',
      // Fewer keystrokes than the real run's 200: this checks that typing is measured, not how fast.
      '--keys',
      '20',
      '--out',
      out,
      '--out-dir',
      'dist-bench-smoke',
      '--port',
      '4194',
    ],
    { maxBuffer: 16 * 1024 * 1024, timeout: 280_000 },
  )
  // The table is printed.
  expect(stdout).toContain('typing key→paint p95')
  const results = JSON.parse(readFileSync(out, 'utf8'))
  expect(results.machine.chromium).toMatch(/^\d+\./)
  expect(results.machine.cores).toBeGreaterThan(0)
  expect(results.bundle.initialJsKb).toBeGreaterThan(100)
  const figures = results.sizes.S.figures as Record<string, { median?: number; value?: string }>
  expect(results.sizes.S.items).toBe(50)
  const problems = Object.keys(FIGURES).flatMap((name) => {
    const figure = figures[name]
    if (!figure) return [`${name}: missing`]
    if (typeof figure.median === 'number') return []
    // A feature not built yet is reported as such; an error is a failure of the bench.
    return figure.value?.startsWith('n/a') ? [] : [`${name}: ${figure.value}`]
  })
  expect(problems).toEqual([])
  // The responsive step (issue 17): every workload timed, with keys typed during it.
  const responsive = results.responsive.figures as Record<string, { median?: number }>
  const missing = Object.keys(RESPONSIVE_WORKLOADS).flatMap((workload) =>
    Object.keys(RESPONSIVE_FIGURES).flatMap((suffix) =>
      typeof responsive[`${workload}${suffix}`]?.median === 'number' ? [] : [workload + suffix],
    ),
  )
  expect(missing).toEqual([])
  for (const workload of Object.keys(RESPONSIVE_WORKLOADS))
    expect(responsive[`${workload}Keys`].median, workload).toBeGreaterThan(0)
})

// The unit benchmarks' smoke test: `npm run bench:unit -- --check` runs every *.bench.test.ts,
// records every figure bench/budgets.json budgets, and exits 1 listing each one over budget —
// here every one, against budgets of -1 ms (no timing is asserted: any figure is over -1).
test('npm run bench:unit -- --check measures every budgeted figure and fails over budget', async () => {
  test.setTimeout(300_000)
  const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')).unit as {
    figure: string
    max: number
  }[]
  const impossible = test.info().outputPath('budgets.json')
  writeFileSync(
    impossible,
    JSON.stringify({ unit: budgets.map((budget) => ({ ...budget, max: -1 })) }),
  )
  const run = spawnSync(process.execPath, ['bench/unit.mjs', '--check', '--budgets', impossible], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 280_000,
  })
  expect(run.status, run.stderr).toBe(1)
  const failures = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('  ✗ '))
    .map((line) => /^ {2}✗ (\w+): [\d.]+ ms > -1 ms$/.exec(line)?.[1] ?? line)
  expect(failures.sort()).toEqual(budgets.map((budget) => budget.figure).sort())
})
