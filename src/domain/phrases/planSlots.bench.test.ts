import { expect, it } from 'vitest'
import { benchFigure, cpuMs, percentile } from '../../test/benchFigure'
import { DEFAULT_NUMBERING } from '../outline/numbering'
import { docFromText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { countPlanSlots, SlotCache } from './planSlots'

// A unit benchmark (npm run bench:unit): the status-bar count of a 2,000-node plan, recomputed
// on every keystroke of one body (the live text changes, every other node comes from the cache).
it('recounts the slots of a 2,000-node plan per keystroke', () => {
  const body =
    '深入学习贯彻落实党的xx届x中全会精神，紧紧围绕全镇中心工作，以××为主题，以维护职工合法权益为主线，' +
    '团结动员广大职工为推进{{单位}}经济社会发展建功立业。20xx年底前完成。'
  const nodes: OutlineNode[] = Array.from({ length: 2000 }, (_, index) => ({
    id: `n${index}`,
    planId: 'p',
    parentId: null,
    orderKey: `a${index}`,
    title: `第${index}项工作xx`,
    body: docFromText(`${body}\n${body}`),
    rev: 1,
  }))
  const plan: Plan = {
    id: 'p',
    title: '{{单位}}{{年度}}年工作计划',
    unit: '',
    year: 2026,
    numbering: DEFAULT_NUMBERING,
    preamble: docFromText(body),
    createdAt: 0,
    updatedAt: 0,
    charCount: 0,
  }
  const cache = new SlotCache()
  const firstStart = performance.now()
  const first = countPlanSlots(plan, nodes, { cache })
  benchFigure('slotFirstScan', performance.now() - firstStart, 'wall, cold code')
  expect(first).toBe(2 + 5 + 2000 * (1 + 10))

  // A second plan opened (the code warm): the full scan again, from an empty cache.
  const warmStart = performance.now()
  countPlanSlots(plan, nodes, { cache: new SlotCache() })
  benchFigure('slotWarmScan', performance.now() - warmStart, 'wall, empty cache')

  const times: number[] = []
  let typed = body
  for (let key = 0; key < 200; key++) {
    typed += key % 10 === 0 ? '××' : '字'
    times.push(
      cpuMs(() => countPlanSlots(plan, nodes, { cache, live: { nodeId: 'n7', text: typed } })),
    )
  }
  benchFigure('slotRecountKeyCpuP95', percentile(times, 0.95), 'CPU, 200 keystrokes')
  expect(countPlanSlots(plan, nodes, { cache, live: { nodeId: 'n7', text: typed } })).toBe(
    first - 10 + 5 + 20,
  )
})
