import { applyToDoc, applyToString } from '../../domain/check/applyTextEdits'
import {
  isPlanInfo,
  PLAN_TITLE,
  PREAMBLE,
  type CheckFix,
  type TextEdit,
} from '../../domain/check/types'
import type { PlanChange } from '../../domain/outline/planChange'
import type { OutlineNode } from '../../domain/outline/types'
import { refuse, type PlanCommand } from '../types'

export interface CheckFixArgs {
  /** Replacements in titles, bodies and the preamble, each checked against its `before`. */
  edits: readonly TextEdit[]
  /** Years to add to the plan's keptYears (保留为历史年份). */
  keepYears?: readonly number[]
  /** Years to add to the plan's comparisonYears (作为对比年份). */
  comparisonYears?: readonly number[]
}

const CHANGED = '内容已改动，请重新检查后再修正'

/** The plan check's one-click fixes: text edits and kept years, one undo step. */
function fixCommand(label: string): PlanCommand<CheckFixArgs> {
  return {
    name: 'checkFix',
    label,
    undoable: true,
    reads: ({ edits }) =>
      [...new Set(edits.map((edit) => edit.nodeId))].filter(
        (id) => id !== PREAMBLE && !isPlanInfo(id),
      ),
    perform: ({ plan, tree }, { edits, keepYears = [], comparisonYears = [] }) => {
      const change: PlanChange = { added: [], updated: [], removed: [] }
      const byNode = new Map<string, TextEdit[]>()
      for (const edit of edits) {
        const list = byNode.get(edit.nodeId)
        if (list) list.push(edit)
        else byNode.set(edit.nodeId, [edit])
      }
      const before: NonNullable<PlanChange['plan']>['before'] = {}
      const after: NonNullable<PlanChange['plan']>['after'] = {}
      for (const [nodeId, nodeEdits] of byNode) {
        const titleEdits = nodeEdits.filter((edit) => edit.field === 'title')
        const bodyEdits = nodeEdits.filter((edit) => edit.field === 'body')
        if (isPlanInfo(nodeId)) {
          // The plan's own title or unit: a plain string.
          const key = nodeId === PLAN_TITLE ? 'title' : 'unit'
          const text = bodyEdits.length > 0 ? null : applyToString(plan[key], titleEdits)
          if (text === null) return refuse(CHANGED)
          before[key] = plan[key]
          after[key] = text
          continue
        }
        if (nodeId === PREAMBLE) {
          if (titleEdits.length > 0) return refuse(CHANGED)
          const preamble = applyToDoc(plan.preamble, bodyEdits)
          if (!preamble) return refuse(CHANGED)
          before.preamble = plan.preamble
          after.preamble = preamble
          continue
        }
        const node = tree.byId.get(nodeId)
        if (!node) return refuse('条目已被删除')
        const title = applyToString(node.title, titleEdits)
        const body = bodyEdits.length ? applyToDoc(node.body, bodyEdits) : node.body
        if (title === null || body === null) return refuse(CHANGED)
        const fixed: OutlineNode = { ...node, title, body }
        change.updated.push({ before: node, after: fixed })
      }
      const keptYears = withYears(plan.keptYears, keepYears)
      if (keptYears) {
        before.keptYears = plan.keptYears
        after.keptYears = keptYears
      }
      const compared = withYears(plan.comparisonYears, comparisonYears)
      if (compared) {
        before.comparisonYears = plan.comparisonYears
        after.comparisonYears = compared
      }
      if (Object.keys(after).length > 0) change.plan = { before, after }
      return { ok: true, change }
    },
  }
}

const commands = new Map<string, PlanCommand<CheckFixArgs>>()

/** The command for a fix (or several of one kind), labelled for the undo history. */
export function checkFixCommand(label: string): PlanCommand<CheckFixArgs> {
  let command = commands.get(label)
  if (!command) commands.set(label, (command = fixCommand(label)))
  return command
}

/** `years` added to a plan's list of years (sorted); null when none is new. */
function withYears(list: readonly number[] | undefined, years: readonly number[]) {
  const known = new Set(list ?? [])
  const adding = years.filter((year) => !known.has(year))
  if (adding.length === 0) return null
  return [...new Set([...known, ...adding])].sort((a, b) => a - b)
}

/** The arguments that carry out one finding's fix. */
export function fixArgs(fixes: readonly CheckFix[]): CheckFixArgs {
  const yearsOf = (kind: CheckFix['kind']) =>
    fixes.flatMap((fix) => (fix.kind === kind && fix.year !== undefined ? [fix.year] : []))
  return {
    edits: fixes.flatMap((fix) => fix.edits ?? []),
    keepYears: yearsOf('keepYear'),
    comparisonYears: yearsOf('comparisonYear'),
  }
}
