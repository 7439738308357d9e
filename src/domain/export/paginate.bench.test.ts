import { expect, it } from 'vitest'
import { benchFigure, percentile } from '../../test/benchFigure'
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
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    const pages = paginate(outline, 22)
    times.push(performance.now() - started)
    expect(pages).toHaveLength(Math.ceil(5000 / 22))
  }
  benchFigure('paginateOutline', percentile(times, 0.5), 'wall median of 5, 5,000 headings')
})
