import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { benchFigure, percentile } from '../../test/benchFigure'
import { outlineFromLines } from './outlineFromLines'
import { parseImport } from './parseImport'
import { sourceLinesFromText } from './sourceLinesFromText'

const SEED = readFileSync(new URL('./fixtures/work-plan-samples.txt', import.meta.url), 'utf8')

// A unit benchmark (npm run bench:unit): 10,000 lines (the seed, 58 times over), parsed and
// turned into outlines.
it('parses 10,000 lines', { timeout: 60_000 }, () => {
  const seedLines = SEED.split('\n')
  const text = Array.from({ length: Math.ceil(10_000 / seedLines.length) }, () => SEED)
    .join('\n')
    .split('\n')
    .slice(0, 10_000)
    .join('\n')
  const lines = sourceLinesFromText(text)
  expect(lines).toHaveLength(10_000)
  // One run first, as the JIT would have seen the parser by the user's second paste.
  parseImport(lines.slice(0, 500))

  // Wall time counts time the OS gave to other processes; CPU time is what the parse costs.
  const wall: number[] = []
  const cpu: number[] = []
  let plans = 0
  for (let round = 0; round < 5; round++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    const parse = parseImport(lines)
    for (const plan of parse.plans) outlineFromLines(plan.lines)
    wall.push(performance.now() - start)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
    plans = parse.plans.length
  }
  expect(plans).toBeGreaterThan(0)
  const format = (times: number[]) => times.map((time) => time.toFixed(0)).join(' / ')
  benchFigure(
    'importParseCpu',
    percentile(cpu, 0.5),
    `CPU median of ${format(cpu)}, ${plans} plans`,
  )
  benchFigure('importParseWall', percentile(wall, 0.5), `wall median of ${format(wall)}`)
})
