import { applyChangeToNodes } from '../../domain/outline/applyChangeToNodes'
import { drawTree } from '../../domain/outline/drawTree'
import { treeFromSketch } from '../../domain/outline/testTree'
import { buildTree } from '../../domain/outline/tree'
import type { OutlineNode, Plan } from '../../domain/outline/types'
import type { Outcome, PlanState } from '../types'

export const testPlan: Plan = {
  id: 'p',
  title: '计划',
  unit: '',
  year: 2026,
  numbering: { scheme: 'standard', continuousLevel2: false },
  preamble: null,
  createdAt: 0,
  updatedAt: 0,
  charCount: 0,
}

/** A plan state from an indented sketch (see treeFromSketch). */
export function stateFromSketch(sketch: string): PlanState & { nodes: OutlineNode[] } {
  const { tree, nodes } = treeFromSketch(sketch)
  return { plan: testPlan, tree, nodes }
}

/** The outcome applied to the sketch, drawn as the outline shows it. */
export function drawOutcome(state: { nodes: OutlineNode[] }, outcome: Outcome): string {
  if (!outcome.ok) throw new Error(outcome.reason)
  return drawTree(buildTree(applyChangeToNodes(state.nodes, outcome.change)), testPlan.numbering)
}

export const draw = (text: string) => text.trim().replace(/^ {6}/gm, '')
