import { expect, it } from 'vitest'
import { DEFAULT_NUMBERING } from '../outline/numbering'
import { docFromText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { countPlanSlots, SlotCache } from './planSlots'

// A unit benchmark: the status-bar count of a 2,000-node plan, recomputed on every keystroke
// of one body (the live text changes, every other node comes from the cache).
// Retried: a regression fails every try, a busy machine only one.
it(
  'recounts the slots of a 2,000-node plan in under 8 ms per keystroke (p95)',
  { retry: 2 },
  () => {
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
    const firstTime = performance.now() - firstStart
    expect(first).toBe(2 + 5 + 2000 * (1 + 10))

    // A second plan opened (the code warm): the full scan again, from an empty cache.
    // CPU time too: wall time counts what the OS gave other processes on a shared machine.
    const warmStart = performance.now()
    const warmCpu = process.cpuUsage()
    countPlanSlots(plan, nodes, { cache: new SlotCache() })
    const warmCpuTime = process.cpuUsage(warmCpu).user / 1000
    const warmTime = performance.now() - warmStart

    const times: number[] = []
    let typed = body
    for (let key = 0; key < 200; key++) {
      typed += key % 10 === 0 ? '××' : '字'
      const start = performance.now()
      countPlanSlots(plan, nodes, { cache, live: { nodeId: 'n7', text: typed } })
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    const median = times[times.length >> 1]
    const p95 = times[Math.floor(times.length * 0.95)]
    console.log(
      `slot count, 2,000 nodes: first scan ${firstTime.toFixed(1)} ms (warm ${warmTime.toFixed(1)} ms wall, ${warmCpuTime.toFixed(1)} ms CPU); per keystroke median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms`,
    )
    expect(p95).toBeLessThan(8)
    expect(countPlanSlots(plan, nodes, { cache, live: { nodeId: 'n7', text: typed } })).toBe(
      first - 10 + 5 + 20,
    )
  },
)
