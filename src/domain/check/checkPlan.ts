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
import { PLAN_TITLE, PLAN_UNIT, PREAMBLE, type CheckedField, type Finding } from './types'
import { checkYears } from './yearCheck'

const WHERE_TITLE_LENGTH = 24

/** What an earlier check found in one item, reused while the item and its place are the same. */
interface NodeEntry {
  node: OutlineNode
  where: string
  years: string
  bodyText: string
  title: Finding[]
  body: Finding[]
}

/**
 * Findings of an earlier check, for a caller that checks again after each edit (the panel):
 * an item whose row is the same object (the live query keeps unchanged rows), at the same place,
 * under the same plan years, is not read or checked again.
 */
export interface CheckCache {
  nodes: Map<string, NodeEntry>
  preamble?: { text: string; years: string; findings: Finding[] }
}

export function createCheckCache(): CheckCache {
  return { nodes: new Map() }
}

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
 * The plan's own title and unit (set in the plan's form, printed at the top): slots (`20xx`,
 * `{{单位}}`), last year's year (`2025年工作计划` in a 2026 plan), punctuation; a title ending
 * in 。.
 */
export function checkPlanInfo(plan: Plan): Finding[] {
  const title: CheckedField = {
    nodeId: PLAN_TITLE,
    field: 'title',
    text: plan.title,
    where: '计划标题',
  }
  const unit: CheckedField = { nodeId: PLAN_UNIT, field: 'title', text: plan.unit, where: '单位' }
  return [
    ...[...checkText(title, plan), ...checkTitlePeriod(title)].sort(byOffset),
    ...checkText(unit, plan).sort(byOffset),
  ]
}

/**
 * The plan check (检查): every finding in document order — the plan's title and unit, the
 * preamble, then each item (its own structure, its title, its body). Pure; `cache` (kept by the
 * caller) only saves work.
 */
export function checkPlan(
  plan: Plan,
  nodes: readonly OutlineNode[],
  cache?: CheckCache,
): Finding[] {
  const findings: Finding[] = checkPlanInfo(plan)
  const years = `${plan.year}:${(plan.keptYears ?? []).join(',')}:${(plan.comparisonYears ?? []).join(',')}`
  const preambleText = docText(plan.preamble)
  const preamble: CheckedField = {
    nodeId: PREAMBLE,
    field: 'body',
    text: preambleText,
    where: '开头段落',
  }
  const reused = cache?.preamble
  const preambleFindings =
    reused && reused.text === preambleText && reused.years === years
      ? reused.findings
      : checkText(preamble, plan).sort(byOffset)
  if (cache) cache.preamble = { text: preambleText, years, findings: preambleFindings }
  findings.push(...preambleFindings)

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
    const hit = cache?.nodes.get(node.id)
    const entry =
      hit && hit.node === node && hit.where === where && hit.years === years
        ? hit
        : checkNode(node, where, number, years, plan)
    cache?.nodes.set(node.id, entry)
    const children = tree.childrenOf.get(node.id) ?? []
    const only = children.length === 1 ? children[0] : undefined
    const item: CheckedNode = {
      node,
      level,
      childCount: children.length,
      onlyChild: only && `${numbers.get(only.id) ?? ''}${shortTitle(only.title)}`,
      title: { nodeId: node.id, field: 'title', text: node.title, where },
      body: { nodeId: node.id, field: 'body', text: entry.bodyText, where },
    }
    checked.push(item)
    perNode.set(node.id, [
      ...checkEmpty(item),
      ...checkSingleChild(item),
      ...entry.title,
      ...entry.body,
    ])
  }
  for (const duplicate of checkDuplicateTitles(checked))
    perNode.get(duplicate.nodeId)?.push(duplicate)
  for (const { node } of checked) findings.push(...(perNode.get(node.id) ?? []))
  return findings
}

/** An item's own text checks: its title (with the number it gets) and its body. */
function checkNode(
  node: OutlineNode,
  where: string,
  number: string,
  years: string,
  plan: Plan,
): NodeEntry {
  const title: CheckedField = { nodeId: node.id, field: 'title', text: node.title, where }
  const bodyText = docText(node.body)
  const body: CheckedField = { nodeId: node.id, field: 'body', text: bodyText, where }
  return {
    node,
    where,
    years,
    bodyText,
    title: [
      ...checkText(title, plan),
      ...checkTypedNumber(title, number),
      ...checkTitlePeriod(title),
    ].sort(byOffset),
    body: checkText(body, plan).sort(byOffset),
  }
}

function shortTitle(title: string): string {
  const trimmed = title.trim()
  if (trimmed === '') return '（无标题）'
  return trimmed.length > WHERE_TITLE_LENGTH ? `${trimmed.slice(0, WHERE_TITLE_LENGTH)}…` : trimmed
}
