import type { Template, TemplateNode } from './types'

export interface OutlinePreviewRow {
  id: string
  title: string
  level: number
}

/**
 * The first levels of a template's outline in reading order, for the gallery's preview: the
 * chapters and, under each, its items, at most `limit` rows (`more` counts what is left out).
 */
export function templateOutline(
  template: Pick<Template, 'nodes'>,
  { levels = 2, limit = 24 } = {},
): { rows: OutlinePreviewRow[]; more: number } {
  const children = new Map<string | null, TemplateNode[]>()
  for (const node of template.nodes) {
    const list = children.get(node.parentId) ?? []
    list.push(node)
    children.set(node.parentId, list)
  }
  for (const list of children.values())
    list.sort((a, b) => (a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : 0))
  const rows: OutlinePreviewRow[] = []
  let shown = 0
  const visit = (parentId: string | null, level: number) => {
    for (const node of children.get(parentId) ?? []) {
      shown++
      if (rows.length < limit) rows.push({ id: node.id, title: node.title, level })
      if (level < levels) visit(node.id, level + 1)
    }
  }
  visit(null, 1)
  return { rows, more: shown - rows.length }
}
