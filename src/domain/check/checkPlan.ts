import { computeNumbers } from '../outline/numbering'
import { docText } from '../outline/richText'
import { buildTree, flattenTree } from '../outline/tree'
import type { OutlineNode, Plan } from '../outline/types'
import { checkHalfWidth, checkPeriods } from './punctuationCheck'
import { checkSlots } from './slotCheck'
import {
  checkDuplicateTitles,
  checkEmpty,
  checkSingleChild,
  type CheckedNode,
} from './structureCheck'
import { checkTitlePeriod, checkTypedNumber } from './titleCheck'
import { PREAMBLE, type CheckedField, type Finding } from './types'
import { checkYears } from './yearCheck'

const WHERE_TITLE_LENGTH = 24

/** The checks every text (title, body, preamble) goes through. */
function checkText(field: CheckedField, plan: Plan): Finding[] {
  if (field.text === '') return []
  return [
    ...checkSlots(field),
    ...checkYears(field, plan),
    ...checkHalfWidth(field),
    ...checkPeriods(field),
  ]
}

const byOffset = (a: Finding, b: Finding) => a.from - b.from

/**
 * The plan check (检查): every finding in document order — the preamble, then each item (its
 * own structure, its title, its body). Pure; about 2,000 items are checked in a few milliseconds.
 */
export function checkPlan(plan: Plan, nodes: readonly OutlineNode[]): Finding[] {
  const findings: Finding[] = []
  const preamble: CheckedField = {
    nodeId: PREAMBLE,
    field: 'body',
    text: docText(plan.preamble),
    where: '开头段落',
  }
  findings.push(...checkText(preamble, plan).sort(byOffset))

  const tree = buildTree(nodes)
  const numbers = computeNumbers(tree, plan.numbering)
  const prefixes: string[] = []
  const checked: CheckedNode[] = []
  const perNode = new Map<string, Finding[]>()
  for (const { node, level } of flattenTree(tree)) {
    const number = numbers.get(node.id) ?? ''
    prefixes.length = level - 1
    const where = `${prefixes.join('')}${number}${shortTitle(node.title)}`
    prefixes.push(number)
    const children = tree.childrenOf.get(node.id) ?? []
    const only = children.length === 1 ? children[0] : undefined
    const item: CheckedNode = {
      node,
      level,
      childCount: children.length,
      onlyChild: only && `${numbers.get(only.id) ?? ''}${shortTitle(only.title)}`,
      title: { nodeId: node.id, field: 'title', text: node.title, where },
      body: { nodeId: node.id, field: 'body', text: docText(node.body), where },
    }
    checked.push(item)
    const titleFindings = [
      ...checkText(item.title, plan),
      ...checkTypedNumber(item.title, number),
      ...checkTitlePeriod(item.title),
    ].sort(byOffset)
    perNode.set(node.id, [
      ...checkEmpty(item),
      ...checkSingleChild(item),
      ...titleFindings,
      ...checkText(item.body, plan).sort(byOffset),
    ])
  }
  for (const duplicate of checkDuplicateTitles(checked))
    perNode.get(duplicate.nodeId)?.push(duplicate)
  for (const { node } of checked) findings.push(...(perNode.get(node.id) ?? []))
  return findings
}

function shortTitle(title: string): string {
  const trimmed = title.trim()
  if (trimmed === '') return '（无标题）'
  return trimmed.length > WHERE_TITLE_LENGTH ? `${trimmed.slice(0, WHERE_TITLE_LENGTH)}…` : trimmed
}
