/**
 * Reads word/styles.xml: for each style, the formatting and heading level it gives a paragraph
 * or run, resolved along its w:basedOn chain, so a paragraph styled 标题 1 (or a style based on
 * it) is known as a level-1 heading and a run styled Strong as bold.
 */
import type { InlineMark } from '../types'
import { isW, parseXml, wChild, wChildren, wVal, type XmlElement } from './xml'

/** Marks set (true) or cleared (false) by some formatting; absent = inherited. */
export type MarkSettings = Partial<Record<InlineMark, boolean>>

export interface NumberingRef {
  numId: string
  /** Absent when a style gives only the list (the level is the one linked to the style). */
  ilvl?: number
}

export interface ResolvedStyle {
  id: string
  name: string
  /** 1 = top; from w:outlineLvl or a built-in heading name (heading 1 / 标题 1). */
  outlineLevel?: number
  /** Marks from the style's run properties, nearest in the basedOn chain wins. */
  marks: MarkSettings
  numbering?: NumberingRef
}

export interface Styles {
  /** A style by id, resolved; undefined for an unknown id. */
  get(id: string | undefined): ResolvedStyle | undefined
  /** The style of a paragraph without w:pStyle. */
  defaultParagraph?: ResolvedStyle
  /** Document-wide run defaults (w:docDefaults). */
  defaultMarks: MarkSettings
}

interface RawStyle {
  id: string
  type: string
  name: string
  basedOn?: string
  outlineLvl?: number
  marks: MarkSettings
  numbering?: NumberingRef
}

/** Parses styles.xml (an absent part gives no styles). */
export function readStyles(xml: string | undefined): Styles {
  const raw = new Map<string, RawStyle>()
  let defaultParagraphId: string | undefined
  let defaultMarks: MarkSettings = {}
  if (xml !== undefined) {
    const root = parseXml(xml)
    const docDefaults = wChild(root, 'docDefaults')
    defaultMarks = readMarks(wChild(wChild(docDefaults, 'rPrDefault'), 'rPr'))
    for (const style of wChildren(root, 'style')) {
      const id = style.attrs.styleId
      if (id === undefined) continue
      const type = style.attrs.type ?? 'paragraph'
      const pPr = wChild(style, 'pPr')
      const outline = wVal(pPr, 'outlineLvl')
      raw.set(id, {
        id,
        type,
        name: wVal(style, 'name') ?? id,
        basedOn: wVal(style, 'basedOn'),
        outlineLvl: outline === undefined ? undefined : Number(outline),
        marks: readMarks(wChild(style, 'rPr')),
        numbering: readNumPr(wChild(pPr, 'numPr')),
      })
      const isDefault = style.attrs.default !== undefined && isOn(style.attrs.default)
      if (type === 'paragraph' && isDefault) defaultParagraphId = id
    }
  }

  const resolved = new Map<string, ResolvedStyle>()
  const get = (id: string | undefined): ResolvedStyle | undefined => {
    if (id === undefined || !raw.has(id)) return undefined
    const cached = resolved.get(id)
    if (cached) return cached
    const chain = basedOnChain(raw, id)
    const style: ResolvedStyle = {
      id,
      name: raw.get(id)?.name ?? id,
      outlineLevel: chainOutlineLevel(chain),
      marks: Object.assign({}, ...chain.map((s) => s.marks).reverse()) as MarkSettings,
      numbering: chain.find((s) => s.numbering)?.numbering,
    }
    resolved.set(id, style)
    return style
  }
  return { get, defaultParagraph: get(defaultParagraphId), defaultMarks }
}

/** The style and its ancestors, nearest first; a cycle is cut. */
function basedOnChain(raw: Map<string, RawStyle>, id: string): RawStyle[] {
  const chain: RawStyle[] = []
  const seen = new Set<string>()
  for (
    let style = raw.get(id);
    style && !seen.has(style.id);
    style = raw.get(style.basedOn ?? '')
  ) {
    seen.add(style.id)
    chain.push(style)
  }
  return chain
}

/** Heading names Word, WPS and the docx package write (Word keeps the English name internally). */
const HEADING_NAME = /^(?:heading|标题|標題)\s*([1-9])$/i

function chainOutlineLevel(chain: RawStyle[]): number | undefined {
  for (const style of chain) {
    if (style.outlineLvl !== undefined)
      return style.outlineLvl >= 0 && style.outlineLvl <= 8 ? style.outlineLvl + 1 : undefined
    const match = HEADING_NAME.exec(style.name.trim()) ?? /^Heading([1-9])$/.exec(style.id)
    if (match) return Number(match[1])
  }
  return undefined
}

/** Bold, italic and underline from a w:rPr (w:b, w:i, w:u); absent ones are left out. */
export function readMarks(rPr: XmlElement | undefined): MarkSettings {
  const marks: MarkSettings = {}
  if (!rPr) return marks
  for (const node of rPr.children) {
    if (!isW(node)) continue
    if (node.name === 'b') marks.bold = isOn(node.attrs.val)
    else if (node.name === 'i') marks.italic = isOn(node.attrs.val)
    else if (node.name === 'u') marks.underline = (node.attrs.val ?? 'single') !== 'none'
  }
  return marks
}

/** A toggle property's w:val: absent means on. */
export function isOn(val: string | undefined): boolean {
  return val === undefined || !['0', 'false', 'off'].includes(val.toLowerCase())
}

/** A w:numPr's list and level; numId 0 is kept (it means "no numbering" and cancels a style's). */
export function readNumPr(numPr: XmlElement | undefined): NumberingRef | undefined {
  const numId = wVal(numPr, 'numId')
  if (numId === undefined) return undefined
  const ilvl = wVal(numPr, 'ilvl')
  return { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl) }
}
