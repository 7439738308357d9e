import { computeNumbers } from '../outline/numbering'
import { buildTree, flattenTree, subtreeOf } from '../outline/tree'
import type { NumberingSettings, OutlineNode, Plan, RichDoc } from '../outline/types'
import { closingBlocks, recipientBlocks, type ClosingBlock } from './closingBlocks'
import { isRunInLevel, type ExportOptions } from './exportOptions'
import { richParagraphs, runsText, type InlineRun } from './richParagraphs'

export type { InlineRun } from './richParagraphs'

/** One printed paragraph of the exported plan, in document order. */
export type ExportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'unit'; text: string }
  | { kind: 'date'; text: string }
  | { kind: 'preamble'; runs: InlineRun[] }
  /** A heading on a line of its own; `title` has no end punctuation. */
  | { kind: 'heading'; nodeId: string; level: number; number: string; title: string }
  /** `1.标题。正文……`: `title` ends with punctuation, `runs` is the first body paragraph (may be empty). */
  | {
      kind: 'runIn'
      nodeId: string
      level: number
      number: string
      title: string
      runs: InlineRun[]
    }
  | { kind: 'body'; nodeId: string; runs: InlineRun[] }
  /** 主送, 附件说明, 署名, 成文日期 (closingBlocks.ts). */
  | ClosingBlock

export type HeadingBlock = Extract<ExportBlock, { kind: 'heading' | 'runIn' }>

/** Punctuation that may end a run-in heading as it is (no 。 added). */
const END_PUNCTUATION = /[。！？；：，、…!?;:.．,]$/
/** Punctuation a stand-alone heading must not end with. */
const STRIPPED_END = /[。；，;,]+$/

/** The title of a heading run into its paragraph: `。` added unless it already ends with punctuation. */
export function runInTitle(title: string): string {
  const trimmed = title.trim()
  if (trimmed === '' || END_PUNCTUATION.test(trimmed)) return trimmed
  return `${trimmed}。`
}

/** The title of a heading on a line of its own: no end punctuation. */
export function standaloneTitle(title: string): string {
  return title.trim().replace(STRIPPED_END, '')
}

/** The numbering used for an export: the plan's, with the scheme overridden if asked. */
export function exportNumbering(plan: Plan, options: ExportOptions): NumberingSettings {
  return { ...plan.numbering, scheme: options.scheme ?? plan.numbering.scheme }
}

/** The nodes an export covers, with their levels, in document order. */
export function exportRows(nodes: readonly OutlineNode[], options: ExportOptions) {
  const tree = buildTree(nodes)
  const rows = flattenTree(tree)
  if (options.scope !== 'subtree' || options.subtreeId === null) return { tree, rows }
  const inSubtree = new Set(subtreeOf(tree, options.subtreeId).map((node) => node.id))
  // A subtree that no longer exists exports nothing rather than the whole plan by surprise.
  return { tree, rows: rows.filter((row) => inSubtree.has(row.node.id)) }
}

/**
 * The plan as printed paragraphs. Numbers always come from the whole plan, so a subtree keeps the
 * numbers it has on screen.
 */
export function buildExportBlocks(
  plan: Plan,
  nodes: readonly OutlineNode[],
  options: ExportOptions,
): ExportBlock[] {
  const { tree, rows } = exportRows(nodes, options)
  const numbers = computeNumbers(tree, exportNumbering(plan, options))
  const full = options.content === 'full'
  const blocks: ExportBlock[] = [{ kind: 'title', text: plan.title.trim() }]

  const { subtitle, unit, date } = options.header
  if (subtitle.trim() !== '') blocks.push({ kind: 'subtitle', text: subtitle.trim() })
  if (unit && plan.unit.trim() !== '') blocks.push({ kind: 'unit', text: plan.unit.trim() })
  if (date.trim() !== '') blocks.push({ kind: 'date', text: date.trim() })

  blocks.push(...recipientBlocks(plan, options))

  if (full && options.scope === 'plan') {
    for (const runs of richParagraphs(plan.preamble)) blocks.push({ kind: 'preamble', runs })
  }

  for (const { node, level } of rows) {
    const number = numbers.get(node.id) ?? ''
    const paragraphs = full ? richParagraphs(node.body as RichDoc | null) : []
    // The 提纲 has headings only, each on its own line.
    if (full && isRunInLevel(options.runInLevels, level)) {
      const [first = [], ...rest] = paragraphs
      blocks.push({
        kind: 'runIn',
        nodeId: node.id,
        level,
        number,
        title: runInTitle(node.title),
        runs: first,
      })
      for (const runs of rest) blocks.push({ kind: 'body', nodeId: node.id, runs })
    } else {
      blocks.push({
        kind: 'heading',
        nodeId: node.id,
        level,
        number,
        title: standaloneTitle(node.title),
      })
      for (const runs of paragraphs) blocks.push({ kind: 'body', nodeId: node.id, runs })
    }
  }
  blocks.push(...closingBlocks(plan, options))
  return blocks
}

export function isHeadingBlock(block: ExportBlock): block is HeadingBlock {
  return block.kind === 'heading' || block.kind === 'runIn'
}

/** The heading as printed: number and title, e.g. `（一）深化劳动竞赛活动`. */
export function headingText(block: HeadingBlock): string {
  return block.number + block.title
}

/** The whole paragraph as plain text, e.g. `1.标题。正文……`. */
export function blockText(block: ExportBlock): string {
  switch (block.kind) {
    case 'heading':
      return headingText(block)
    case 'runIn':
      return headingText(block) + runsText(block.runs)
    case 'preamble':
    case 'body':
      return runsText(block.runs)
    default:
      return block.text
  }
}
