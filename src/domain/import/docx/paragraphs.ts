/**
 * Reads word/document.xml's body into SourceLines, one per paragraph: text (tabs as spaces, line
 * breaks as \n), runs with bold/italic/underline, outline level and list label; tables, images,
 * text boxes, equations and a table of contents are skipped and listed in `notes`.
 */
import type { InlineMark, SourceLine, SourceRun } from '../types'
import type { Numbering } from './numbering'
import { isOn, readMarks, type MarkSettings, type Styles } from './styles'
import { isW, parseXml, someDescendant, wChild, wVal, type XmlElement } from './xml'

export interface DocumentContent {
  lines: SourceLine[]
  notes: string[]
}

const MARKS: InlineMark[] = ['bold', 'italic', 'underline']
const MATH_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/math'

/** Reads the body of document.xml; `numbering` is advanced in document order. */
export function readParagraphs(
  documentXml: string,
  styles: Styles,
  numbering: Numbering,
): DocumentContent {
  const body = wChild(parseXml(documentXml), 'body')
  const lines: SourceLine[] = []
  const skipped = { tablesAfter: [] as number[], images: 0, textBoxes: 0, equations: 0, toc: 0 }

  const readInline = (parent: XmlElement, base: MarkSettings, runs: SourceRun[]) => {
    for (const node of parent.children) {
      if (typeof node === 'string') continue
      if (node.ns === MATH_NS && (node.name === 'oMath' || node.name === 'oMathPara')) {
        skipped.equations++
        continue
      }
      if (!isW(node)) continue
      if (node.name === 'r') readRun(node, base, runs)
      else if (node.name === 'sdt') {
        const content = wChild(node, 'sdtContent')
        if (content) readInline(content, base, runs)
      } else if (INLINE_CONTAINERS.has(node.name)) readInline(node, base, runs)
    }
  }

  const readRun = (run: XmlElement, base: MarkSettings, runs: SourceRun[]) => {
    const rPr = wChild(run, 'rPr')
    const vanish = wChild(rPr, 'vanish')
    if (vanish && isOn(vanish.attrs.val)) return
    const marks = markList({
      ...base,
      ...styles.get(wVal(rPr, 'rStyle'))?.marks,
      ...readMarks(rPr),
    })
    let text = ''
    for (const node of run.children) {
      if (typeof node === 'string') continue
      if (isGraphic(node)) {
        if (someDescendant(node, (child) => isW(child, 'txbxContent'))) skipped.textBoxes++
        else skipped.images++
        continue
      }
      if (!isW(node)) continue
      if (node.name === 't') text += textOf(node).replace(/\t/g, ' ')
      else if (node.name === 'tab' || node.name === 'ptab') text += ' '
      else if (node.name === 'br' || node.name === 'cr') text += '\n'
      else if (node.name === 'noBreakHyphen') text += '-'
      else if (node.name === 'sym') text += symbolOf(node.attrs.char)
    }
    if (text === '') return
    const last = runs[runs.length - 1]
    if (last && sameMarks(last.marks, marks)) last.text += text
    else runs.push(marks.length ? { text, marks } : { text })
  }

  const readParagraph = (p: XmlElement) => {
    const pPr = wChild(p, 'pPr')
    const styleId = wVal(pPr, 'pStyle')
    const style = styles.get(styleId) ?? styles.defaultParagraph
    // A table of contents repeats the headings: importing it would duplicate every chapter.
    if (style && /^(toc\s*\d|toc heading)$/i.test(style.name.trim())) {
      skipped.toc++
      return
    }
    const runs: SourceRun[] = []
    readInline(p, { ...styles.defaultMarks, ...style?.marks }, runs)
    const line: SourceLine = { index: lines.length, text: runs.map((r) => r.text).join(''), runs }

    const ownOutline = wVal(pPr, 'outlineLvl')
    const outline = ownOutline === undefined ? style?.outlineLevel : Number(ownOutline) + 1
    if (outline !== undefined && outline >= 1 && outline <= 9) line.outlineLevel = outline

    const numPr = wChild(pPr, 'numPr')
    const numId = wVal(numPr, 'numId') ?? style?.numbering?.numId
    const ilvl = wVal(numPr, 'ilvl')
    if (numId !== undefined) {
      const level = ilvl === undefined ? style?.numbering?.ilvl : Number(ilvl)
      const list = numbering.next({ numId, ilvl: level }, style?.id)
      if (list) line.list = list
    }
    lines.push(line)
  }

  const readBlocks = (parent: XmlElement) => {
    for (const node of parent.children) {
      if (!isW(node)) continue
      if (node.name === 'p') readParagraph(node)
      else if (node.name === 'tbl') skipped.tablesAfter.push(lines.length)
      else if (node.name === 'sdt') {
        const gallery = wVal(wChild(wChild(node, 'sdtPr'), 'docPartObj'), 'docPartGallery')
        if (gallery === 'Table of Contents') skipped.toc++
        else {
          const content = wChild(node, 'sdtContent')
          if (content) readBlocks(content)
        }
      } else if (BLOCK_CONTAINERS.has(node.name)) readBlocks(node)
    }
  }

  if (body) readBlocks(body)
  return { lines, notes: notesOf(skipped) }
}

/** Inline wrappers whose runs are part of the text (links, insertions, fields, smart tags). */
const INLINE_CONTAINERS = new Set([
  'hyperlink',
  'ins',
  'moveTo',
  'smartTag',
  'customXml',
  'fldSimple',
  'dir',
  'bdo',
])
const BLOCK_CONTAINERS = new Set(['customXml', 'ins', 'moveTo'])

/** Drawings, VML pictures, OLE objects, and the mc:AlternateContent that wraps them. */
function isGraphic(node: XmlElement): boolean {
  if (node.name === 'AlternateContent') return true
  return isW(node) && (node.name === 'drawing' || node.name === 'pict' || node.name === 'object')
}

function textOf(t: XmlElement): string {
  return t.children.filter((node): node is string => typeof node === 'string').join('')
}

/** w:sym: a character from a symbol font; private-use ones (Wingdings) have no meaning as text. */
function symbolOf(hex: string | undefined): string {
  const code = hex === undefined ? NaN : parseInt(hex, 16)
  if (Number.isNaN(code) || (code >= 0xe000 && code <= 0xf8ff)) return ''
  return String.fromCodePoint(code)
}

function markList(settings: MarkSettings): InlineMark[] {
  return MARKS.filter((mark) => settings[mark])
}

function sameMarks(a: InlineMark[] | undefined, b: InlineMark[]): boolean {
  return (a ?? []).join() === b.join()
}

function notesOf(skipped: {
  tablesAfter: number[]
  images: number
  textBoxes: number
  equations: number
  toc: number
}): string[] {
  const notes: string[] = []
  const tables = new Map<number, number>()
  for (const after of skipped.tablesAfter) tables.set(after, (tables.get(after) ?? 0) + 1)
  if (tables.size > 5) notes.push(`表格未导入（共 ${skipped.tablesAfter.length} 个）`)
  else
    for (const [after, count] of tables) {
      const where = after === 0 ? '文档开头的' : `第 ${after} 段后的`
      notes.push(`${where}表格未导入${count > 1 ? `（${count} 个）` : ''}`)
    }
  if (skipped.images) notes.push(`图片未导入（${skipped.images} 张）`)
  if (skipped.textBoxes) notes.push(`文本框未导入（${skipped.textBoxes} 个）`)
  if (skipped.equations) notes.push(`公式未导入（${skipped.equations} 个）`)
  if (skipped.toc) notes.push('目录未导入（正文的标题已导入）')
  return notes
}
