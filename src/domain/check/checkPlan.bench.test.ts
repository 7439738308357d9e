import { expect, it } from 'vitest'
import { benchFigure, cpuMs, percentile } from '../../test/benchFigure'
import { docFromText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { checkPlan, createCheckCache } from './checkPlan'
import { CLEAN_BODY, generatedCheckPlan, MESSY_BODY } from './generatedCheckPlan'

const plan: Plan = {
  id: 'p',
  title: '2026年工作计划',
  unit: '某镇总工会',
  year: 2026,
  numbering: { scheme: 'standard', continuousLevel2: false },
  preamble: null,
  createdAt: 0,
  updatedAt: 0,
  charCount: 0,
}

/** CPU times of five runs of `work`, after one unmeasured run. */
function runs(work: () => void): number[] {
  work()
  return Array.from({ length: 5 }, () => cpuMs(work))
}

// A unit benchmark (npm run bench:unit): the plan check of a 2,000-item plan, with a problem in
// every body or with few, and again after one edit with the panel's cache.
it('checks a 2,000-item plan, and again after one edit', { timeout: 60_000 }, () => {
  const messy = generatedCheckPlan(MESSY_BODY)
  const clean = generatedCheckPlan(CLEAN_BODY)
  expect(checkPlan(plan, messy)).toHaveLength(10400)
  benchFigure(
    'checkPlanMessyCpu',
    percentile(
      runs(() => checkPlan(plan, messy)),
      0.5,
    ),
    '10,400 findings',
  )
  benchFigure(
    'checkPlanCleanCpu',
    percentile(
      runs(() => checkPlan(plan, clean)),
      0.5,
    ),
    '400 findings',
  )

  const cache = createCheckCache()
  checkPlan(plan, messy, cache)
  const edited: OutlineNode[] = messy.map((node, index) =>
    index === 5 ? { ...node, body: docFromText('改过的正文,没有别的问题') } : node,
  )
  let run = 0
  const recheck = runs(() => checkPlan(plan, run++ % 2 ? messy : edited, cache))
  benchFigure('checkPlanRecheckCpu', percentile(recheck, 0.5), 'with the cache, one body changed')
})
