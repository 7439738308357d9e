import { describe, expect, it } from 'vitest'
import { docFromText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { plansNewerInCopy } from './plansNewerInCopy'

const plan = (id: string, updatedAt: number, extra: Partial<Plan> = {}): Plan => ({
  id,
  title: `计划${id}`,
  unit: '某某镇总工会',
  year: 2027,
  numbering: { scheme: 'standard', continuousLevel2: false },
  preamble: docFromText('坚持以人民为中心'),
  createdAt: 1,
  updatedAt,
  charCount: 10,
  ...extra,
})

const row = (id: string, planId: string, body: string, title = `条目${id}`): OutlineNode => ({
  id,
  planId,
  parentId: null,
  orderKey: `a${id}`,
  title,
  body: docFromText(body),
  rev: 1,
})

// The copy was written at 5,000 while the database refused writes.
const COPY_AT = 5_000

describe('plansNewerInCopy', () => {
  const stored = {
    plans: [plan('P1', 4_000), plan('P2', 4_000), plan('P3', 6_000)],
    nodes: [row('1', 'P1', '原有正文'), row('2', 'P2', '第二个'), row('3', 'P3', '第三个')],
  }

  it('finds a plan whose body the copy holds newer, stored last before the copy', () => {
    const copy = {
      plans: stored.plans,
      nodes: [row('1', 'P1', '原有正文满盘后输入。'), row('2', 'P2', '第二个'), stored.nodes[2]],
    }
    expect(plansNewerInCopy(copy, stored, COPY_AT)).toEqual({ changed: ['P1'], added: [] })
  })

  it('counts a changed title, a new item or a changed plan field as newer', () => {
    const copy = {
      plans: [plan('P1', 4_000, { unit: '某某县总工会' }), stored.plans[1], stored.plans[2]],
      nodes: [
        stored.nodes[0],
        row('2', 'P2', '第二个', '改过的标题'),
        row('2b', 'P2', '满盘时新加的条目'),
        stored.nodes[2],
      ],
    }
    expect(plansNewerInCopy(copy, stored, COPY_AT).changed).toEqual(['P1', 'P2'])
  })

  it('leaves a plan the database stored after the copy was written, however it differs', () => {
    const copy = { plans: stored.plans, nodes: [...stored.nodes.slice(0, 2), row('3', 'P3', '旧')] }
    expect(plansNewerInCopy(copy, stored, COPY_AT)).toEqual({ changed: [], added: [] })
  })

  it('finds nothing when the copy holds what the database holds', () => {
    expect(plansNewerInCopy(stored, stored, COPY_AT)).toEqual({ changed: [], added: [] })
  })

  it('lists a plan only the copy holds as added, and ignores plans only the database holds', () => {
    const copy = {
      plans: [stored.plans[0], plan('P4', 4_500)],
      nodes: [stored.nodes[0], row('4', 'P4', '满盘时新建的计划')],
    }
    expect(plansNewerInCopy(copy, stored, COPY_AT)).toEqual({ changed: [], added: ['P4'] })
  })
})
