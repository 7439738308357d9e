import { expect, it } from 'vitest'
import { benchFigure, cpuMs, percentile } from '../../test/benchFigure'
import { paginate, type MeasuredBlock } from './paginate'

// A unit benchmark (npm run bench:unit): an outline of 5,000 headings only (提纲), each kept with
// the next block, laid out on pages of 22 lines.
it('paginates 5,000 headings', () => {
  const heading: MeasuredBlock = {
    lines: 1,
    keepWithNext: true,
    keepFirstTwoLines: false,
    linesAfter: 0,
  }
  const outline = Array.from({ length: 5000 }, () => heading)
  const times: number[] = []
  let pages: ReturnType<typeof paginate> = []
  for (let run = 0; run < 5; run++) times.push(cpuMs(() => (pages = paginate(outline, 22))))
  expect(pages).toHaveLength(Math.ceil(5000 / 22))
  benchFigure('paginateOutlineCpu', percentile(times, 0.5), 'CPU median of 5, 5,000 headings')
})
