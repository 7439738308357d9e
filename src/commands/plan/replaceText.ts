import {
  findInFields,
  findInPlan,
  PREAMBLE_ID,
  type FindMatch,
  type FindQuery,
} from '../../domain/find/findInPlan'
import { replaceMatches } from '../../domain/find/replaceMatches'
import { docText } from '../../domain/outline/richText'
import { refuse, type PlanCommand } from '../types'

export interface ReplaceAllArgs {
  query: FindQuery
  replacement: string
  /** Told how many matches were replaced (found again in the plan as written, drafts and all). */
  onCount?: (count: number) => void
}

/** 全部替换: every match in the plan (titles, bodies, preamble) replaced as one undo step. */
export const replaceAllText: PlanCommand<ReplaceAllArgs> = {
  name: 'replaceAllText',
  label: '全部替换',
  undoable: true,
  perform: ({ plan, tree }, { query, replacement, onCount }) => {
    const matches = findInPlan(plan, [...tree.byId.values()], query)
    if (matches.length === 0) return refuse(`没有找到“${query.text}”，未替换`)
    onCount?.(matches.length)
    return { ok: true, change: replaceMatches(plan, tree.byId, matches, replacement) }
  },
}

export interface ReplaceOneArgs {
  match: FindMatch
  query: FindQuery
  replacement: string
}

/** 替换: the one match shown, if the text there still matches (else nothing changes). */
export const replaceOneText: PlanCommand<ReplaceOneArgs> = {
  name: 'replaceOneText',
  label: '替换',
  undoable: true,
  reads: ({ match }) => (match.nodeId === PREAMBLE_ID ? [] : [match.nodeId]),
  perform: ({ plan, tree }, { match, query, replacement }) => {
    const node = tree.byId.get(match.nodeId)
    if (match.nodeId !== PREAMBLE_ID && !node) return refuse('条目已被删除')
    const text =
      match.field === 'title'
        ? (node?.title ?? '')
        : docText(match.nodeId === PREAMBLE_ID ? plan.preamble : node?.body)
    const found = findInFields([{ nodeId: match.nodeId, field: match.field, text }], query)
    if (!found.some((other) => other.from === match.from && other.to === match.to))
      return refuse('这处文字已经改变，请重新查找')
    return { ok: true, change: replaceMatches(plan, tree.byId, [match], replacement) }
  },
}
