import type { OutlineNode } from '../outline/types'
import { findingAt } from './context'
import type { CheckedField, Finding } from './types'

/** A node as the structure checks see it, in document order. */
export interface CheckedNode {
  node: OutlineNode
  level: number
  childCount: number
  /** Its first child's number and title, for the single-child message. */
  onlyChild?: string
  title: CheckedField
  body: CheckedField
}

/**
 * Empty items. No title is an error (`空条目` when the body is empty too). A leaf with no body
 * is reported only at the top two levels: a chapter with nothing in it is a warning, a `（一）`
 * with a title only a hint. Deeper one-line items (`1.组织劳动竞赛`) are normal and not reported.
 */
export function checkEmpty({ node, level, childCount, title, body }: CheckedNode): Finding[] {
  const hasBody = body.text.trim() !== ''
  if (node.title.trim() === '') {
    const message = hasBody || childCount > 0 ? '条目没有标题' : '空条目：没有标题和正文'
    return [findingAt(title, 'emptyItem', 'error', 0, 0, message)]
  }
  if (childCount > 0 || hasBody || level > 2) return []
  return level === 1
    ? [findingAt(body, 'emptyItem', 'warning', 0, 0, '这一章没有内容：没有下级条目，也没有正文')]
    : [findingAt(body, 'emptyItem', 'hint', 0, 0, '条目只有标题，没有正文')]
}

/** A chapter or item divided into a single item: a division needs at least two. */
export function checkSingleChild({ childCount, onlyChild, title }: CheckedNode): Finding[] {
  if (childCount !== 1) return []
  return [
    findingAt(
      title,
      'singleChild',
      'hint',
      0,
      0,
      `只有一个下级条目“${onlyChild ?? ''}”：分条时至少应有两条，可合并到本条或再拆分`,
    ),
  ]
}

/** Titles compared without spaces and final punctuation. */
export function titleKey(title: string): string {
  return title.replace(/\s+/g, '').replace(/[。；;，,.、：:！!？?]+$/, '')
}

/**
 * Titles that repeat an earlier one: among siblings a warning, elsewhere in the plan a hint.
 * The first occurrence is not reported; each later one names it.
 */
export function checkDuplicateTitles(nodes: readonly CheckedNode[]): Finding[] {
  const first = new Map<string, CheckedNode>()
  const findings: Finding[] = []
  for (const checked of nodes) {
    const key = titleKey(checked.node.title)
    if (key === '') continue
    const earlier = first.get(key)
    if (!earlier) {
      first.set(key, checked)
      continue
    }
    const siblings = earlier.node.parentId === checked.node.parentId
    findings.push(
      findingAt(
        checked.title,
        'duplicateTitle',
        siblings ? 'warning' : 'hint',
        0,
        checked.title.text.length,
        `与${siblings ? '同级的' : ''}“${earlier.title.where}”标题重复`,
      ),
    )
  }
  return findings
}
