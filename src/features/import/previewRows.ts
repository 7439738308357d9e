import { outlineToNodes } from '../../domain/import/outlineToNodes'
import type { ImportedOutline, ParsedLine } from '../../domain/import/types'
import { computeNumbers, DEFAULT_NUMBERING } from '../../domain/outline/numbering'
import { docText } from '../../domain/outline/richText'
import { buildTree, flattenTree } from '../../domain/outline/tree'

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

/** The outline's items in order, numbered as the plan will number them once imported. */
export function previewRows(outline: ImportedOutline): PreviewRow[] {
  let next = 0
  const { nodes } = outlineToNodes(outline, 'preview', () => `r${next++}`)
  const tree = buildTree(nodes)
  const numbers = computeNumbers(tree, DEFAULT_NUMBERING)
  return flattenTree(tree).map(({ node, level }) => ({
    id: node.id,
    level,
    number: numbers.get(node.id) ?? '',
    title: node.title,
    body: docText(node.body),
  }))
}

/** What a line is, in the preview's words; `beforeFirstHeading` tells 前言 from 正文. */
export function roleLabel(line: ParsedLine, beforeFirstHeading: boolean): string {
  switch (line.role) {
    case 'title':
      return '标题行'
    case 'header':
      return '文头'
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
