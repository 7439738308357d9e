import { docFromText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { templateFromPlan } from './templateFromPlan'
import type { Template } from './types'

export const testPlan: Plan = {
  id: 'P',
  title: '某某镇总工会2026年工作计划',
  unit: '某某镇总工会',
  year: 2026,
  numbering: { scheme: 'twoLevel', continuousLevel2: false },
  preamble: docFromText('2026年，某某镇总工会工作的总体思路是：××。'),
  createdAt: 1,
  updatedAt: 2,
  charCount: 0,
}

/*
 * - 一、推动发展            (A)
 *   - 1、开展2026年劳动竞赛  (A1)  body: 在2016年版基础上，2026—2028年持续开展
 * - 二、维护权益            (B)
 */
export const testNodes: OutlineNode[] = [
  { id: 'A', planId: 'P', parentId: null, orderKey: 'a0', title: '推动发展', body: null, rev: 3 },
  {
    id: 'A1',
    planId: 'P',
    parentId: 'A',
    orderKey: 'a0',
    title: '开展2026年劳动竞赛',
    body: docFromText('在2016年版基础上，2026—2028年持续开展，某某镇总工会牵头。'),
  },
  { id: 'B', planId: 'P', parentId: null, orderKey: 'a1', title: '维护权益', body: null },
]

export const testTemplate = (withBodies = true): Template =>
  templateFromPlan(
    testPlan,
    testNodes,
    { name: '我的工会模板', kind: '工会', description: '', withBodies },
    { id: 'T', now: 10 },
  )
