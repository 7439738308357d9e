import * as Y from 'yjs'
import type { RichDoc, RichNode } from '../outline/types'

/**
 * A body (Tiptap JSON) as the Y.XmlFragment that Tiptap's Collaboration extension (y-tiptap) binds
 * to, and back, written without a ProseMirror schema so the domain stays free of the editor:
 * an element is a Y.XmlElement named by its type with its non-null attrs; a run of text nodes is
 * one Y.XmlText whose formatting attributes are the marks (`{bold: {}}`). The editor test
 * src/editor/bodyFragmentFormat.test.ts checks this against y-tiptap's own converter.
 */
type Mark = NonNullable<RichNode['marks']>[number]
type Attributes = Record<string, Record<string, unknown>>

export function marksToAttributes(marks: readonly Mark[] | undefined): Attributes {
  const attributes: Attributes = {}
  for (const mark of marks ?? []) attributes[mark.type] = { ...mark.attrs }
  return attributes
}

function attributesToMarks(attributes: Attributes | undefined): Mark[] | undefined {
  if (!attributes) return undefined
  const marks = Object.entries(attributes)
    .filter(([, attrs]) => attrs !== null && attrs !== undefined)
    .map(([type, attrs]) =>
      Object.keys(attrs).length ? { type: mark(type), attrs: { ...attrs } } : { type: mark(type) },
    )
  return marks.length ? marks : undefined
}

// y-tiptap names a mark that may overlap itself `name--hash`; the body schema has none, but a
// fragment from elsewhere may.
const mark = (attributeName: string) => attributeName.replace(/--[a-zA-Z0-9+/=]{8}$/, '')

/** The Y types for a list of sibling nodes: consecutive text nodes become one Y.XmlText. */
export function typesOfNodes(nodes: readonly RichNode[]): (Y.XmlElement | Y.XmlText)[] {
  const types: (Y.XmlElement | Y.XmlText)[] = []
  let run: RichNode[] = []
  const flush = () => {
    if (run.length === 0) return
    const text = new Y.XmlText()
    text.applyDelta(
      run.map((node) => ({ insert: node.text ?? '', attributes: marksToAttributes(node.marks) })),
    )
    types.push(text)
    run = []
  }
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.text) run.push(node)
      continue
    }
    flush()
    types.push(elementOf(node))
  }
  flush()
  return types
}

function elementOf(node: RichNode): Y.XmlElement {
  const element = new Y.XmlElement(node.type)
  for (const [key, value] of Object.entries(node.attrs ?? {}))
    if (value !== null && value !== undefined) element.setAttribute(key, value as string)
  const children = typesOfNodes(node.content ?? [])
  if (children.length) element.insert(0, children)
  return element
}

/** Fill an empty fragment with a body (null or an empty doc leaves it empty). */
export function writeBodyToFragment(body: RichDoc | null, fragment: Y.XmlFragment): void {
  const children = typesOfNodes(body?.content ?? [])
  if (children.length) fragment.insert(0, children)
}

/** A fragment filled with `body`, not yet in a document (it becomes part of one when set). */
export function fragmentOfBody(body: RichDoc | null): Y.XmlFragment {
  const fragment = new Y.XmlFragment()
  writeBodyToFragment(body, fragment)
  return fragment
}

export function nodesOfTypes(types: readonly Y.XmlElement[] | readonly unknown[]): RichNode[] {
  return types.flatMap((type): RichNode[] => {
    if (type instanceof Y.XmlText) {
      const delta = type.toDelta() as { insert: unknown; attributes?: Attributes }[]
      return delta
        .filter(
          (part): part is { insert: string; attributes?: Attributes } =>
            typeof part.insert === 'string',
        )
        .map((part) => {
          const marks = attributesToMarks(part.attributes)
          return marks
            ? { type: 'text', text: part.insert, marks }
            : { type: 'text', text: part.insert }
        })
    }
    if (type instanceof Y.XmlElement) {
      const node: RichNode = { type: type.nodeName }
      const attrs = type.getAttributes()
      if (Object.keys(attrs).length) node.attrs = { ...attrs }
      const content = nodesOfTypes(type.toArray())
      if (content.length) node.content = content
      return [node]
    }
    return []
  })
}

/** The body a fragment holds, as Tiptap JSON; null for an empty fragment (as rows store it). */
export function bodyOfFragment(fragment: Y.XmlFragment): RichDoc | null {
  if (fragment.length === 0) return null
  return { type: 'doc', content: nodesOfTypes(fragment.toArray()) }
}
