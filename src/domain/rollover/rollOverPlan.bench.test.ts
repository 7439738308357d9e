import { expect, it } from 'vitest'
import { benchFigure, percentile } from '../../test/benchFigure'
import { DEFAULT_NUMBERING } from '../outline/numbering'
import { docFromText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { rollOverPlan } from './rollOverPlan'

const BODY =
  '2025年，围绕中心工作，比2024年增长12%。到2025年底，落实《工会法（2018年修正）》，' +
  '实施2025—2027年行动，自2018年以来累计培训职工2025人次，完成“十四五”目标。'

// A unit benchmark (npm run bench:unit): a 2,000-item plan whose every item holds years of every
// kind, rolled over.
it('rolls a 2,000-item plan over', { timeout: 60_000 }, () => {
  const plan: Plan = {
    id: 'p',
    title: '某某镇总工会2025年工作计划',
    unit: '',
    year: 2025,
    numbering: DEFAULT_NUMBERING,
    preamble: docFromText(BODY),
    createdAt: 0,
    updatedAt: 0,
    charCount: 0,
  }
  const nodes: OutlineNode[] = Array.from({ length: 2000 }, (_, index) => ({
    id: `n${index}`,
    planId: 'p',
    parentId: index % 20 === 0 ? null : `n${index - (index % 20)}`,
    orderKey: `a${String(index).padStart(5, '0')}`,
    title: `${index}、2025年第${index}项工作`,
    body: docFromText(BODY),
  }))
  let counter = 0
  const options = { toYear: 2026, keepBodies: true, newId: () => `x${++counter}`, now: 1 }
  rollOverPlan({ plan, nodes: nodes.slice(0, 50) }, options)
  const cpu: number[] = []
  let entries = 0
  for (let round = 0; round < 5; round++) {
    const start = process.cpuUsage()
    const result = rollOverPlan({ plan, nodes }, options)
    const used = process.cpuUsage(start)
    cpu.push((used.user + used.system) / 1000)
    if ('error' in result) throw new Error(result.error)
    entries = result.report.entries.length
  }
  // Per item: its title's year, and seven in the body (2025人次 counts people, no year).
  expect(entries).toBe(2000 * 8 + 1 + 7)
  benchFigure(
    'rollOverCpu',
    percentile(cpu, 0.5),
    `CPU median of ${cpu.map((time) => time.toFixed(0)).join(' / ')}`,
  )
})
