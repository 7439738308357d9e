import { appendFileSync } from 'node:fs'

/** Where bench/unit.mjs collects the figures of a run (one JSON object a line). */
export const BENCH_FIGURES_ENV = 'PLANDRAFT_BENCH_FIGURES'

/**
 * A figure measured by a unit benchmark (`*.bench.test.ts`, `npm run bench:unit`): printed, and
 * handed to bench/unit.mjs, which compares it with its budget in bench/budgets.json (`unit`).
 * A benchmark asserts no timing itself; it asserts only that it measured the right work.
 */
export function benchFigure(name: string, value: number, note = ''): void {
  console.log(`${name}: ${value.toFixed(2)} ms${note ? ` — ${note}` : ''}`)
  const file = process.env[BENCH_FIGURES_ENV]
  if (file) appendFileSync(file, `${JSON.stringify({ name, value, note })}\n`)
}

/** CPU time (user + system) `work` takes, in ms: unlike wall time, not what other processes get. */
export function cpuMs(work: () => void): number {
  const start = process.cpuUsage()
  work()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** The value at `fraction` (0.5: the median) of the samples. */
export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]
}
