import type { ClosingRole, ImportedItem, ImportedOutline, ParsedLine } from './types'
import { DEFAULT_NUMBERING, numberLabel } from '../outline/numbering'
import type { PlanClosingFields } from '../outline/planClosing'

/** One item of the imported outline as the preview lists it. */
export interface PreviewRow {
  id: string
  level: number
  /** The number the app will show (standard scheme: 一、（一）1.（1）①). */
  number: string
  title: string
  /** The body's text, paragraphs joined by newlines ('' when none). */
  body: string
}

/**
 * The outline's items in order, numbered as a new plan numbers them (the default scheme, each
 * level restarting under its parent, as computeNumbers does). One walk, no tree to build: this
 * runs after every change in the preview, on up to 10,000 lines.
 */
export function previewRows(outline: ImportedOutline): PreviewRow[] {
  const rows: PreviewRow[] = []
  // A stack of its own rather than recursion, however deep the user's levels go.
  const open: { items: ImportedItem[]; next: number }[] = [{ items: outline.items, next: 0 }]
  while (open.length > 0) {
    const top = open[open.length - 1]
    if (top.next >= top.items.length) {
      open.pop()
      continue
    }
    const index = top.next++
    const item = top.items[index]
    const level = open.length
    rows.push({
      id: `r${rows.length}`,
      level,
      number: numberLabel(DEFAULT_NUMBERING.scheme, level, index + 1),
      title: item.title,
      body: item.body.map((runs) => runs.map((run) => run.text).join('')).join('\n'),
    })
    if (item.children.length > 0) open.push({ items: item.children, next: 0 })
  }
  return rows
}

/** The plan's closing fields, as the preview names the lines that become them. */
const CLOSING_LABELS: Record<ClosingRole, string> = {
  recipient: '主送',
  attachment: '附件说明',
  signature: '落款',
  issuedDate: '成文日期',
}

/** What a line is, in the preview's words; `beforeFirstHeading` tells 前言 from 正文. */
export function roleLabel(line: ParsedLine, beforeFirstHeading: boolean): string {
  switch (line.role) {
    case 'title':
      return '标题行'
    case 'header':
      return line.closing ? CLOSING_LABELS[line.closing] : '文头'
    case 'heading':
      return '章节'
    case 'body':
      return beforeFirstHeading ? '前言' : '正文'
    case 'noise':
      return '已删除的杂项'
    case 'blank':
      return '空行'
  }
}

/** What the preview's outline column shows: its first rows and the counts of the whole. */
export interface OutlineView {
  /** The first `limit` rows (the list grows by 显示更多). */
  rows: PreviewRow[]
  /** Items in all. */
  total: number
  /** Items of level 1. */
  chapters: number
  preambleParagraphs: number
  closing?: PlanClosingFields
}

/** The outline's view with its first `limit` rows (rows: previewRows of the same outline). */
export function outlineView(
  outline: ImportedOutline,
  rows: readonly PreviewRow[],
  limit: number,
): OutlineView {
  let chapters = 0
  for (const row of rows) if (row.level === 1) chapters++
  return {
    rows: rows.slice(0, limit),
    total: rows.length,
    chapters,
    preambleParagraphs: outline.preamble.length,
    ...(outline.closing ? { closing: outline.closing } : {}),
  }
}
