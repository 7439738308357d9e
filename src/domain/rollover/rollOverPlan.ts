import { planCharacters, TITLE_MAX_LENGTH } from '../outline/planFields'
import { remapIds } from '../outline/remapIds'
import { docText } from '../outline/richText'
import { buildTree, flattenTree } from '../outline/tree'
import type { OutlineNode, Plan, RichDoc } from '../outline/types'
import { applyTextEdits } from './richEdits'
import { rollClosing } from './rollClosing'
import type { RolloverEntry, RolloverPlace, RolloverReport } from './rolloverReport'
import { rollYears, type RollYearsOptions, type YearOccurrence } from './rollYears'

export interface RollOverOptions {
  toYear: number
  /** false: 只保留大纲 — titles only, no bodies and no preamble. */
  keepBodies: boolean
  newId: () => string
  now: number
  /** The new plan's title as the user set it (default: the source's with its years rolled). */
  title?: string
  /**
   * The year the text is written for, when the plan's own year is wrong (a plan imported as
   * 2027 whose text says 2025): that year moves on. Default: the plan's year.
   */
  fromYear?: number
}

export interface RolledPlan {
  plan: Plan
  nodes: OutlineNode[]
  report: RolloverReport
}

const LATEST_YEAR = 2200

/** Why a new year cannot be used for a plan of `fromYear`, in Chinese; null if it can. */
export function rolloverYearProblem(fromYear: number, toYear: number): string | null {
  if (!Number.isInteger(fromYear) || fromYear < 1900 || fromYear > 2099)
    return '原年度应为 1900 到 2099 之间的年份'
  if (!Number.isInteger(toYear)) return '请填写新年度，如 2026'
  if (toYear === fromYear) return `新年度与原计划年度（${fromYear}年）相同，请填写以后的年份`
  if (toYear < fromYear) return `新年度不能早于原计划年度（${fromYear}年）`
  if (toYear > LATEST_YEAR) return `新年度不能晚于 ${LATEST_YEAR} 年`
  return null
}

/**
 * 复制为新年度计划: a copy of `source` under new ids in which the years move on by the rules of
 * rollYears (titles, preamble, bodies), the plan's year and title too; it links back to its
 * source (sourcePlanId) and keeps the years its source kept as history. The report lists every
 * year replaced and every one left, in document order.
 */
export function rollOverPlan(
  source: { plan: Plan; nodes: readonly OutlineNode[] },
  options: RollOverOptions,
): RolledPlan | { error: string } {
  const { plan } = source
  if (plan.deletedAt) return { error: '此计划在回收站中，请先恢复' }
  const fromYear = options.fromYear ?? plan.year
  const problem = rolloverYearProblem(fromYear, options.toYear)
  if (problem) return { error: problem }
  const years: RollYearsOptions = { fromYear, toYear: options.toYear }
  const planId = options.newId()
  const entries: RolloverEntry[] = []
  const note = (place: RolloverPlace, occurrences: YearOccurrence[]) => {
    for (const occurrence of occurrences)
      entries.push({ ...occurrence, id: String(entries.length), place })
  }
  const rollTitle = (title: string, place: RolloverPlace) => {
    const rolled = rollYears(title, years)
    note(
      place,
      [...rolled.replaced, ...rolled.left].sort((a, b) => a.start - b.start),
    )
    return rolled.text
  }
  const rollBody = (body: RichDoc | null, place: RolloverPlace) => {
    if (!body || !options.keepBodies) return null
    const rolled = rollYears(docText(body), years)
    note(
      place,
      [...rolled.replaced, ...rolled.left].sort((a, b) => a.start - b.start),
    )
    const edits = rolled.replaced.map(({ start, end, replacement }) => ({
      start,
      end,
      text: replacement,
    }))
    return applyTextEdits(body, edits)
  }

  const rolledTitle = rollTitle(plan.title, { field: 'planTitle' })
  const title = options.title?.trim() || rolledTitle
  if (title.length > TITLE_MAX_LENGTH) return { error: `计划标题不能超过 ${TITLE_MAX_LENGTH} 个字` }
  const preamble = rollBody(plan.preamble, { field: 'preamble' })
  const ordered = flattenTree(buildTree(source.nodes)).map((row) => row.node)
  // A row the tree cannot reach (a damaged outline) is copied too, after the others.
  const reached = new Set(ordered.map((node) => node.id))
  ordered.push(...source.nodes.filter((node) => !reached.has(node.id)))
  const nodes = remapIds(ordered, planId, options.newId).map((node, index) => {
    const copy: OutlineNode = {
      id: node.id,
      planId,
      parentId: node.parentId,
      orderKey: node.orderKey,
      title: rollTitle(node.title, { field: 'title', nodeId: node.id }),
      body: null,
      // Lineage for 与上一年对比 (remapIds keeps the order of `ordered`).
      sourceNodeId: ordered[index].id,
    }
    copy.body = rollBody(node.body, { field: 'body', nodeId: node.id })
    return copy
  })
  const rolledPlan: Plan = {
    id: planId,
    title,
    unit: plan.unit,
    year: options.toYear,
    numbering: plan.numbering,
    preamble,
    createdAt: options.now,
    updatedAt: options.now,
    charCount: 0,
    sourcePlanId: plan.id,
    ...(plan.keptYears?.length ? { keptYears: [...plan.keptYears] } : {}),
    ...rollClosing(plan, fromYear, options.toYear),
  }
  rolledPlan.charCount = planCharacters(rolledPlan, nodes)
  return {
    plan: rolledPlan,
    nodes,
    report: {
      version: 1,
      planId,
      sourcePlanId: plan.id,
      sourceTitle: plan.title,
      fromYear,
      toYear: options.toYear,
      keepBodies: options.keepBodies,
      createdAt: options.now,
      entries,
    },
  }
}
