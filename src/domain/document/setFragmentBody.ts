import * as Y from 'yjs'
import type { RichDoc, RichNode } from '../outline/types'
import { marksToAttributes, nodesOfTypes, typesOfNodes } from './bodyFragment'

/**
 * Make a fragment hold `body` with the smallest edit: unchanged paragraphs are left alone and a
 * changed paragraph of plain runs gets only its changed characters replaced, so a command that
 * edits a body (replace all, fill a slot, the roll-over) merges with someone typing in it.
 * A block that is not a run of text (a hard break in it) is replaced whole. Call in a transaction.
 */
export function setFragmentBody(fragment: Y.XmlFragment, body: RichDoc | null): void {
  const wanted = body?.content ?? []
  const current = fragment.toArray()
  const common = Math.min(wanted.length, current.length)
  for (let index = 0; index < common; index++) {
    const type = current[index]
    const next = wanted[index]
    const [now] = nodesOfTypes([type])
    if (now && sameNode(now, next)) continue
    if (type instanceof Y.XmlElement && textOnly(type, next)) {
      editRuns(type, next)
      continue
    }
    fragment.delete(index, 1)
    fragment.insert(index, typesOfNodes([next]))
  }
  if (current.length > common) fragment.delete(common, current.length - common)
  if (wanted.length > common) fragment.insert(common, typesOfNodes(wanted.slice(common)))
}

const sameNode = (a: RichNode, b: RichNode) => JSON.stringify(a) === JSON.stringify(b)

/** The same kind of element, holding (at most) one Y.XmlText, to become one run of text. */
function textOnly(element: Y.XmlElement, next: RichNode): boolean {
  if (element.nodeName !== next.type) return false
  if (JSON.stringify(element.getAttributes()) !== JSON.stringify(next.attrs ?? {})) return false
  const children = element.toArray()
  if (children.length > 1 || (children.length === 1 && !(children[0] instanceof Y.XmlText)))
    return false
  return (next.content ?? []).every((node) => node.type === 'text')
}

interface Character {
  char: string
  format: string
  attributes: Record<string, Record<string, unknown>>
}

function characters(nodes: readonly RichNode[]): Character[] {
  return nodes.flatMap((node) => {
    const attributes = marksToAttributes(node.marks)
    const format = JSON.stringify(attributes)
    return Array.from(node.text ?? '', (char) => ({ char, format, attributes }))
  })
}

/** Replace only the changed middle of a paragraph's text (common start and end kept). */
function editRuns(element: Y.XmlElement, next: RichNode): void {
  let text = element.toArray()[0] as Y.XmlText | undefined
  if (!text) {
    text = new Y.XmlText()
    element.insert(0, [text])
  }
  const before = characters(nodesOfTypes([text]))
  const after = characters(next.content ?? [])
  const same = (a: Character, b: Character) => a.char === b.char && a.format === b.format
  let start = 0
  while (start < before.length && start < after.length && same(before[start], after[start])) start++
  let end = 0
  while (
    end < before.length - start &&
    end < after.length - start &&
    same(before[before.length - 1 - end], after[after.length - 1 - end])
  )
    end++
  // Offsets in UTF-16 units, as Y.Text counts them.
  const offset = (chars: Character[], count: number) =>
    chars.slice(0, count).reduce((sum, c) => sum + c.char.length, 0)
  const from = offset(before, start)
  const removed = offset(before, before.length - end) - from
  if (removed > 0) text.delete(from, removed)
  let at = from
  for (const run of runsOf(after.slice(start, after.length - end))) {
    text.insert(at, run.text, { ...run.attributes })
    at += run.text.length
  }
}

function runsOf(chars: Character[]) {
  const runs: { text: string; format: string; attributes: Character['attributes'] }[] = []
  for (const c of chars) {
    const last = runs.at(-1)
    if (last && last.format === c.format) last.text += c.char
    else runs.push({ text: c.char, format: c.format, attributes: c.attributes })
  }
  return runs
}
