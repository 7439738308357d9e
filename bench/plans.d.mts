import type { OutlineNode, Plan, RichDoc } from '../src/domain/outline/types'

/** Types of plans.mjs, for unit tests that measure on the bench's plans. */
export const SHAPES: Record<'S' | 'L' | 'XL', { items: number; subItems: number }>
export function doc(lines: string[]): RichDoc
export function generatePlan(size: string): {
  plan: Plan
  nodes: OutlineNode[]
  chapterIds: string[]
  middleId: string
  middleBody: RichDoc
  firstId: string
  lastId: string
}
export function chineseNumber(n: number): string
export function importText(): string
