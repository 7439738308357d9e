import type { SourceRun } from './types'

/** The total length of the runs' texts. */
export function runsLength(runs: SourceRun[]): number {
  return runs.reduce((length, run) => length + run.text.length, 0)
}

/** The runs covering characters [start, end) of their joined text, formatting kept. */
export function sliceRuns(runs: SourceRun[], start: number, end = Infinity): SourceRun[] {
  const sliced: SourceRun[] = []
  let position = 0
  for (const run of runs) {
    const runEnd = position + run.text.length
    if (runEnd > start && position < end) {
      const text = run.text.slice(
        Math.max(0, start - position),
        Math.min(run.text.length, end - position),
      )
      if (text !== '') sliced.push({ ...run, text })
    }
    position = runEnd
  }
  return sliced
}
