import { describe, expect, it } from 'vitest'
import { docFromText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { isSamePlan } from './isSamePlan'

const plan = (id: string, extra: Partial<Plan> = {}): Plan => ({
  id,
  title: '2027年工作计划',
  unit: '某某镇总工会',
  year: 2027,
  numbering: { scheme: 'standard', continuousLevel2: false },
  preamble: docFromText('坚持以人民为中心'),
  createdAt: 1,
  updatedAt: 2,
  charCount: 10,
  ...extra,
})

const row = (
  id: string,
  planId: string,
  parentId: string | null,
  orderKey: string,
  title: string,
  body = `${title}的正文`,
): OutlineNode => ({ id, planId, parentId, orderKey, title, body: docFromText(body), rev: 1 })

const rows = (planId: string, prefix: string, keys = ['a0', 'a1', 'a2']) => [
  row(`${prefix}1`, planId, null, keys[0], '加强思想引领'),
  row(`${prefix}2`, planId, `${prefix}1`, keys[0], '深化理论学习'),
  row(`${prefix}3`, planId, null, keys[1], '推动建功立业'),
]

describe('isSamePlan', () => {
  const a = { plan: plan('P1'), nodes: rows('P1', 'A') }

  it('ignores ids, order keys, times, caches and key order inside bodies', () => {
    const reordered = rows('P9', 'B', ['Zz', 'Zzz', 'Zzzz']).map((node) => ({
      ...node,
      rev: 9,
      body: node.body && { content: node.body.content, type: node.body.type },
    }))
    const b = {
      plan: plan('P9', { createdAt: 50, updatedAt: 60, charCount: 0, sourcePlanId: 'X' }),
      nodes: [...reordered].reverse(),
    }
    expect(isSamePlan(a, b)).toBe(true)
  })

  it('tells apart a changed title, unit, closing field, body, tree shape, sibling order or trash', () => {
    const differs = (change: (b: { plan: Plan; nodes: OutlineNode[] }) => void) => {
      const b = { plan: plan('P2'), nodes: rows('P2', 'B') }
      change(b)
      return !isSamePlan(a, b)
    }
    expect(differs((b) => (b.plan.title = '2027年工作要点'))).toBe(true)
    expect(differs((b) => (b.plan.unit = '某某县总工会'))).toBe(true)
    expect(differs((b) => (b.plan.deletedAt = 5))).toBe(true)
    // The closing fields are the plan's text too: a merge must not skip a plan differing there.
    expect(differs((b) => (b.plan.signature = '某某镇总工会'))).toBe(true)
    expect(differs((b) => (b.plan.issuedOn = '2027-01-05'))).toBe(true)
    expect(differs((b) => (b.plan.attachments = ['名单']))).toBe(true)
    expect(differs((b) => (b.nodes[1].body = docFromText('别的正文')))).toBe(true)
    expect(differs((b) => (b.nodes[1].parentId = null))).toBe(true)
    expect(differs((b) => (b.nodes[2].orderKey = 'Z0'))).toBe(true)
    expect(differs((b) => b.nodes.pop())).toBe(true)
    expect(differs(() => undefined)).toBe(false)
  })
})
