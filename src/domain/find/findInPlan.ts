import { docText } from '../outline/richText'
import { buildTree, flattenTree } from '../outline/tree'
import type { OutlineNode, Plan, RichDoc } from '../outline/types'
import { PREAMBLE_ID, type LiveText } from '../phrases/planSlots'
import type { FindOptions, ScriptFold } from './findOptions'
import { findInText } from './findInText'
import { foldText } from './foldText'
import { PLAN_TEXT_FIELDS, planFieldText, type PlanTextSource } from './planTextFields'

export { PREAMBLE_ID }

export type FindField = 'title' | 'body'

/**
 * One match: a node (or the preamble, or a plan field such as planTitle: see planTextFields),
 * the field, and [from, to) in the field's plain text.
 */
export interface FindMatch {
  nodeId: string
  field: FindField
  from: number
  to: number
}

/** A field to search, with its plain text (a body's paragraphs joined by newlines). */
export interface SearchField {
  nodeId: string
  field: FindField
  text: string
}

export interface FindQuery {
  text: string
  options: FindOptions
  /** Needed when options.script is on (see loadScriptFold). */
  scriptFold?: ScriptFold
}

/**
 * Plain and folded texts kept between searches, so typing a query into a 2,000-node plan folds
 * each body once rather than on every keystroke. Keyed by the body object and the node's rev.
 */
export class FindCache {
  private bodies = new WeakMap<object, string>()
  private revs = new Map<string, { rev: number; text: string }>()
  private folded = new Map<string, { source: string; foldKey: string; folded: string }>()

  bodyText(id: string, body: RichDoc | null, rev?: number): string {
    if (!body) return ''
    const known = this.bodies.get(body)
    if (known !== undefined) return known
    const byRev = this.revs.get(id)
    const text = rev !== undefined && byRev?.rev === rev ? byRev.text : docText(body)
    this.bodies.set(body, text)
    if (rev !== undefined) this.revs.set(id, { rev, text })
    return text
  }

  fold(key: string, text: string, query: FindQuery): string {
    const { width, script, caseSensitive } = query.options
    const foldKey = `${width ? 'w' : ''}${script ? 's' : ''}${caseSensitive ? 'c' : ''}`
    const entry = this.folded.get(key)
    if (entry && entry.source === text && entry.foldKey === foldKey) return entry.folded
    const folded = foldText(text, query.options, query.scriptFold)
    this.folded.set(key, { source: text, foldKey, folded })
    return folded
  }
}

/** The plan as find reads it: the preamble, and those of its text fields that are given. */
export type SearchedPlan = Pick<Plan, 'preamble'> & PlanTextSource

/**
 * Every searchable field in document order: the plan's head fields (title, unit, 主送), the
 * preamble, each node's title and body in the order (and so the numbering) the document shows
 * them, then the plan's foot fields (附件说明, 落款, 成文日期). `live` is the body being typed in the live editor: its
 * text stands for what is stored (which lags the autosave by seconds), so a word typed a moment
 * ago is found.
 */
export function planFields(
  plan: SearchedPlan,
  nodes: readonly OutlineNode[],
  cache = new FindCache(),
  live?: LiveText | null,
): SearchField[] {
  const body = (id: string, stored: () => string) => (live?.nodeId === id ? live.text : stored())
  const planText = (at: 'head' | 'foot'): SearchField[] =>
    PLAN_TEXT_FIELDS.flatMap((field) => {
      const text = field.at === at ? planFieldText(plan, field.key) : undefined
      return text === undefined ? [] : [{ nodeId: field.id, field: 'title' as const, text }]
    })
  const fields: SearchField[] = [
    ...planText('head'),
    {
      nodeId: PREAMBLE_ID,
      field: 'body',
      text: body(PREAMBLE_ID, () => cache.bodyText(PREAMBLE_ID, plan.preamble)),
    },
  ]
  for (const { node } of flattenTree(buildTree(nodes))) {
    fields.push({ nodeId: node.id, field: 'title', text: node.title })
    fields.push({
      nodeId: node.id,
      field: 'body',
      text: body(node.id, () => cache.bodyText(node.id, node.body, node.rev)),
    })
  }
  fields.push(...planText('foot'))
  return fields
}

/** The query folded as the texts are; empty when there is nothing to find. */
export function foldedQuery(query: FindQuery): string {
  return foldText(query.text, query.options, query.scriptFold)
}

/** Matches in some fields (a chunk of planFields), in their order. */
export function findInFields(
  fields: readonly SearchField[],
  query: FindQuery,
  cache = new FindCache(),
): FindMatch[] {
  const needle = foldedQuery(query)
  const matches: FindMatch[] = []
  if (!needle) return matches
  for (const { nodeId, field, text } of fields) {
    if (text.length < needle.length) continue
    const folded = cache.fold(`${nodeId}:${field}`, text, query)
    for (const range of findInText(folded, needle, query.options.wholePhrase))
      matches.push({ nodeId, field, ...range })
  }
  return matches
}

/** Every match in a plan, in document order (plan title and unit, preamble, items, …). */
export function findInPlan(
  plan: SearchedPlan,
  nodes: readonly OutlineNode[],
  query: FindQuery,
  cache = new FindCache(),
): FindMatch[] {
  return findInFields(planFields(plan, nodes, cache), query, cache)
}
