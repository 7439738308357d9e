/**
 * A minimal XML reader for the parts of a .docx: elements, attributes, text, CDATA and entities,
 * with namespace prefixes resolved. Own code rather than DOMParser, so the reader works the same
 * in the browser, in a worker and in vitest's node environment.
 */

import { LIMITS, OverLimitError } from '../../limits/limits'

/** WordprocessingML, transitional and strict: both are read the same way. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
export const W_STRICT_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main'

export interface XmlElement {
  /** The local name (`p` for `w:p`). */
  name: string
  /** The namespace URI ('' when none). */
  ns: string
  /** Attributes by local name (a prefixed attribute's prefix is dropped; xmlns ones are left out). */
  attrs: Record<string, string>
  children: XmlNode[]
}

export type XmlNode = XmlElement | string

/**
 * Markup, one token at a time: a start or end tag (name, attributes, self-closing slash), a
 * processing instruction, a comment, CDATA or a doctype. Text lies between the matches.
 */
const TOKEN =
  /<(\/?)([^\s/>!?<][^\s/><]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>/g

/**
 * Parses a well-formed XML document; throws an Error on malformed input, and an OverLimitError
 * on elements nested past LIMITS.docxNesting (the readers walk the tree recursively).
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', ns: '', attrs: {}, children: [] }
  const stack: { element: XmlElement; scope: Map<string, string>; qualified: string }[] = [
    {
      element: root,
      scope: new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]),
      qualified: '',
    },
  ]
  const addText = (text: string) => {
    if (text.includes('<')) throw new Error('Malformed markup')
    if (stack.length > 1) stack[stack.length - 1].element.children.push(decodeEntities(text))
  }
  TOKEN.lastIndex = 0
  let pos = 0
  for (let match = TOKEN.exec(xml); match; match = TOKEN.exec(xml)) {
    if (match.index > pos) addText(xml.slice(pos, match.index))
    pos = TOKEN.lastIndex
    const [, closing, qualified, attributes, selfClosing, cdata] = match
    const top = stack[stack.length - 1]
    if (cdata !== undefined) top.element.children.push(cdata)
    if (qualified === undefined) continue
    if (closing) {
      if (stack.length === 1 || top.qualified !== qualified) throw new Error('Mismatched tag')
      stack.pop()
      continue
    }
    const { element, scope } = openElement(qualified, attributes, top.scope)
    top.element.children.push(element)
    if (!selfClosing) {
      if (stack.length > LIMITS.docxNesting) throw new OverLimitError('docxNesting')
      stack.push({ element, scope, qualified })
    }
  }
  if (pos < xml.length) addText(xml.slice(pos))
  if (stack.length !== 1) throw new Error('Unclosed element')
  const documentElement = root.children.find((node) => typeof node !== 'string')
  if (!documentElement) throw new Error('No root element')
  return documentElement
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function openElement(
  qualified: string,
  attributes: string,
  parentScope: Map<string, string>,
): { element: XmlElement; scope: Map<string, string> } {
  const raw: [string, string][] = []
  let scope = parentScope
  if (attributes)
    for (const match of attributes.matchAll(ATTRIBUTE)) {
      const value = decodeEntities(match[2] ?? match[3] ?? '')
      const key = match[1]
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        if (scope === parentScope) scope = new Map(parentScope)
        scope.set(key === 'xmlns' ? '' : key.slice(6), value)
      } else raw.push([key, value])
    }
  const attrs: Record<string, string> = {}
  for (const [key, value] of raw) attrs[localName(key)] = value
  const colon = qualified.indexOf(':')
  const prefix = colon === -1 ? '' : qualified.slice(0, colon)
  return {
    element: { name: localName(qualified), ns: scope.get(prefix) ?? '', attrs, children: [] },
    scope,
  }
}

function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf(':') + 1)
}

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity[0] !== '#') return NAMED_ENTITIES[entity] ?? whole
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** Whether `node` is the WordprocessingML element `name` (transitional or strict). */
export function isW(node: XmlNode, name?: string): node is XmlElement {
  return (
    typeof node !== 'string' &&
    (node.ns === W_NS || node.ns === W_STRICT_NS) &&
    (name === undefined || node.name === name)
  )
}

/** The first WordprocessingML child element called `name`. */
export function wChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((node): node is XmlElement => isW(node, name))
}

/** All WordprocessingML child elements called `name`. */
export function wChildren(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((node): node is XmlElement => isW(node, name)) : []
}

/** The `w:val` of the child `name`, e.g. wVal(pPr, 'pStyle'). */
export function wVal(element: XmlElement | undefined, name: string): string | undefined {
  return wChild(element, name)?.attrs.val
}

/** Whether `element` (or any descendant) satisfies `test`, depth-first. */
export function someDescendant(element: XmlElement, test: (node: XmlElement) => boolean): boolean {
  for (const node of element.children) {
    if (typeof node === 'string') continue
    if (test(node) || someDescendant(node, test)) return true
  }
  return false
}
