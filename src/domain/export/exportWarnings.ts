import { computeNumbers } from '../outline/numbering'
import { docText } from '../outline/richText'
import type { OutlineNode, Plan, RichDoc } from '../outline/types'
import { exportNumbering, exportRows } from './exportModel'
import type { ExportOptions } from './exportOptions'

/**
 * Placeholders left by templates: ××, ×××, xx, XX, 20xx (also ○○ and full-width ｘｘ). A single x
 * (党的x届) is left alone; so are Latin words that merely contain xx.
 */
const SLOT = /(?<![A-Za-z])(?:20[xX×ｘＸ]{2}|[xXｘＸ]{2,}|[×○]{2,})(?![A-Za-z])/g

export interface ExportWarning {
  kind: 'slot' | 'emptyItem'
  /** The node, or null for the title lines and the preamble. */
  nodeId: string | null
  /** Where, as the user sees it: `标题`, `指导思想`, `一、（二）提升技术创新能力`. */
  place: string
  /** The slot with some text around it, or a description of the problem. */
  detail: string
}

/** The slots found in `text`, each with up to 8 characters of context either side. */
export function findSlots(text: string): string[] {
  const excerpts: string[] = []
  for (const match of text.matchAll(SLOT)) {
    const start = Math.max(0, match.index - 8)
    const end = Math.min(text.length, match.index + match[0].length + 8)
    excerpts.push(
      (start > 0 ? '…' : '') +
        text.slice(start, end).replace(/\s+/g, ' ') +
        (end < text.length ? '…' : ''),
    )
  }
  return excerpts
}

export function hasSlot(text: string): boolean {
  return findSlots(text).length > 0
}

/** Unfilled slots and empty items in what an export covers, in document order. */
export function findExportWarnings(
  plan: Plan,
  nodes: readonly OutlineNode[],
  options: ExportOptions,
): ExportWarning[] {
  const warnings: ExportWarning[] = []
  const slots = (nodeId: string | null, place: string, text: string) => {
    for (const detail of findSlots(text)) warnings.push({ kind: 'slot', nodeId, place, detail })
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
