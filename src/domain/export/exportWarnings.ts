import { computeNumbers } from '../outline/numbering'
import { docText } from '../outline/richText'
import type { OutlineNode, Plan, RichDoc } from '../outline/types'
import { exportNumbering, exportRows } from './exportModel'
import type { ExportOptions } from './exportOptions'
import { findSlots } from '../phrases/slots'

export interface ExportWarning {
  kind: 'slot' | 'emptyItem'
  /** The node, or null for the title lines and the preamble. */
  nodeId: string | null
  /** Where, as the user sees it: `标题`, `指导思想`, `一、（二）提升技术创新能力`. */
  place: string
  /** The slot with some text around it, or a description of the problem. */
  detail: string
}

const CONTEXT = 8

/**
 * The slots to fill in `text` (the one definition, `findSlots`), each with up to 8 characters
 * of context either side; slots whose contexts overlap share one excerpt (党的xx届x中全会).
 */
export function slotExcerpts(text: string): string[] {
  const windows: { start: number; end: number }[] = []
  for (const slot of findSlots(text)) {
    const start = Math.max(0, slot.from - CONTEXT)
    const end = Math.min(text.length, slot.to + CONTEXT)
    const last = windows[windows.length - 1]
    if (last && start <= last.end) last.end = end
    else windows.push({ start, end })
  }
  return windows.map(
    ({ start, end }) =>
      (start > 0 ? '…' : '') +
      text.slice(start, end).replace(/\s+/g, ' ') +
      (end < text.length ? '…' : ''),
  )
}

/** Unfilled slots and empty items in what an export covers, in document order. */
export function findExportWarnings(
  plan: Plan,
  nodes: readonly OutlineNode[],
  options: ExportOptions,
): ExportWarning[] {
  const warnings: ExportWarning[] = []
  const slots = (nodeId: string | null, place: string, text: string) => {
    for (const detail of slotExcerpts(text)) warnings.push({ kind: 'slot', nodeId, place, detail })
  }
  const full = options.content === 'full'
  slots(null, '标题', plan.title)
  slots(null, '副标题', options.header.subtitle)
  if (options.header.unit) slots(null, '单位', plan.unit)
  slots(null, '日期', options.header.date)
  if (full && options.scope === 'plan') slots(null, '指导思想', docText(plan.preamble))

  const { tree, rows } = exportRows(nodes, options)
  const numbers = computeNumbers(tree, exportNumbering(plan, options))
  for (const { node } of rows) {
    const number = numbers.get(node.id) ?? ''
    const title = node.title.trim()
    const place = `${ancestorNumbers(node, tree.byId, numbers)}${number}${title}`
    const body = full ? docText(node.body as RichDoc | null) : ''
    if (title === '') {
      warnings.push({
        kind: 'emptyItem',
        nodeId: node.id,
        place,
        detail: body.trim() === '' ? '空条目：没有标题和正文' : '条目没有标题',
      })
    }
    slots(node.id, place, title)
    slots(node.id, place, body)
  }
  return warnings
}

/** `一、（二）` for a level-3 node: where it is, as numbers the user can find on screen. */
function ancestorNumbers(
  node: OutlineNode,
  byId: Map<string, OutlineNode>,
  numbers: Map<string, string>,
): string {
  let prefix = ''
  let parentId = node.parentId
  while (parentId !== null) {
    prefix = (numbers.get(parentId) ?? '') + prefix
    parentId = byId.get(parentId)?.parentId ?? null
  }
  return prefix
}
