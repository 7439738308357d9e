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

/**
 * Findings of each field from an earlier check, reused while its text, its place and the plan's
 * years are the same: a panel that checks again after each edit redoes only what changed.
 */
export type CheckCache = Map<string, { key: string; findings: Finding[] }>

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

/** `check(field)` from the cache when nothing it depends on has changed. */
function cached(
  cache: CheckCache | undefined,
  field: CheckedField,
  years: string,
  check: () => Finding[],
): Finding[] {
  if (!cache) return check()
  const id = `${field.nodeId}:${field.field}`
  const key = `${years}\u0000${field.where}\u0000${field.text}`
  const hit = cache.get(id)
  if (hit?.key === key) return hit.findings
  const findings = check()
  cache.set(id, { key, findings })
  return findings
}

const byOffset = (a: Finding, b: Finding) => a.from - b.from

/**
 * The plan check (检查): every finding in document order — the preamble, then each item (its
 * own structure, its title, its body). Pure; `cache` (kept by the caller) only saves work.
 */
export function checkPlan(
  plan: Plan,
  nodes: readonly OutlineNode[],
  cache?: CheckCache,
): Finding[] {
  const findings: Finding[] = []
  const years = `${plan.year}:${(plan.keptYears ?? []).join(',')}`
  const preamble: CheckedField = {
    nodeId: PREAMBLE,
    field: 'body',
    text: docText(plan.preamble),
    where: '开头段落',
  }
  findings.push(...cached(cache, preamble, years, () => checkText(preamble, plan).sort(byOffset)))

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
    const titleFindings = cached(cache, item.title, years, () =>
      [
        ...checkText(item.title, plan),
        ...checkTypedNumber(item.title, number),
        ...checkTitlePeriod(item.title),
      ].sort(byOffset),
    )
    perNode.set(node.id, [
      ...checkEmpty(item),
      ...checkSingleChild(item),
      ...titleFindings,
      ...cached(cache, item.body, years, () => checkText(item.body, plan).sort(byOffset)),
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
