import type { RichDoc, RichNode } from '../outline/types'

/** The doc with every text node's text changed by `change` (marks and structure kept). */
export function mapDocText(doc: RichDoc | null, change: (text: string) => string): RichDoc | null {
  if (!doc) return null
  const visit = (node: RichNode): RichNode => {
    const next: RichNode = { ...node }
    if (node.text !== undefined) next.text = change(node.text)
    if (node.content) next.content = node.content.map(visit)
    return next
  }
  return visit(doc) as RichDoc
}
