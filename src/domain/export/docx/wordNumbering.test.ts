// @vitest-environment jsdom
// jsdom for DOMParser: the .docx parts are read as XML, not matched as text.
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { NumberingSettings } from '../../outline/types'
import { buildExportBlocks, exportNumbering } from '../exportModel'
import { DEFAULT_EXPORT_OPTIONS, DEFAULT_PRINT_SETTINGS } from '../exportOptions'
import { buildPlan, type OutlineSpec } from '../fixtures/planBuilder'
import { buildDocx, docxBytes } from './buildDocx'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/*
 * 一、甲
 *   （一）乙
 *     1.丙
 *       （1）丁
 *         ①戊
 * 二、己
 */
const OUTLINE: OutlineSpec[] = [
  {
    title: '甲',
    children: [
      {
        title: '乙',
        children: [{ title: '丙', children: [{ title: '丁', children: [{ title: '戊' }] }] }],
      },
    ],
  },
  { title: '己' },
]

/** The produced .docx, unzipped with fflate, its XML parts parsed. */
async function docxXml(numbering: Partial<NumberingSettings> = {}) {
  const { plan, nodes } = buildPlan({ outline: OUTLINE, numbering })
  const options = { ...DEFAULT_EXPORT_OPTIONS, runInLevels: [false] }
  const blocks = buildExportBlocks(plan, nodes, options)
  const bytes = await docxBytes(
    buildDocx(blocks, DEFAULT_PRINT_SETTINGS, {
      title: plan.title,
      numbering: exportNumbering(plan, options),
    }),
  )
  const files = unzipSync(bytes)
  const parse = (name: string) => {
    expect(files[name], name).toBeDefined()
    return new DOMParser().parseFromString(strFromU8(files[name]), 'application/xml')
  }
  return {
    numbering: parse('word/numbering.xml'),
    styles: parse('word/styles.xml'),
    document: parse('word/document.xml'),
  }
}

const children = (parent: Element | Document, name: string) => [
  ...parent.getElementsByTagNameNS(W, name),
]
const value = (parent: Element, name: string) =>
  children(parent, name)[0]?.getAttributeNS(W, 'val') ?? null

/**
 * What Word reads for a heading style: the list level its numPr binds it to (w:num →
 * w:abstractNum → w:lvl), as its format, level text and the style that level names back.
 */
function boundLevel(xml: Awaited<ReturnType<typeof docxXml>>, styleId: string) {
  const style = children(xml.styles, 'style').find(
    (element) => element.getAttributeNS(W, 'styleId') === styleId,
  )
  if (!style) throw new Error(`no style ${styleId}`)
  const numPr = children(style, 'numPr')[0]
  if (!numPr) return null
  const numId = value(numPr, 'numId')
  const ilvl = value(numPr, 'ilvl')
  const num = children(xml.numbering, 'num').find(
    (element) => element.getAttributeNS(W, 'numId') === numId,
  )
  if (!num) throw new Error(`${styleId}: no w:num ${numId}`)
  const abstractId = value(num, 'abstractNumId')
  const abstract = children(xml.numbering, 'abstractNum').find(
    (element) => element.getAttributeNS(W, 'abstractNumId') === abstractId,
  )
  if (!abstract) throw new Error(`${styleId}: no w:abstractNum ${abstractId}`)
  const level = children(abstract, 'lvl').find(
    (element) => element.getAttributeNS(W, 'ilvl') === ilvl,
  )
  if (!level) throw new Error(`${styleId}: no level ${ilvl} in list ${abstractId}`)
  return {
    list: abstractId,
    ilvl: Number(ilvl),
    format: value(level, 'numFmt'),
    text: value(level, 'lvlText'),
    start: value(level, 'start'),
    pStyle: value(level, 'pStyle'),
  }
}

/** Each heading paragraph of the body: its style, any numPr of its own, and its text. */
function headingParagraphs(xml: Awaited<ReturnType<typeof docxXml>>) {
  return children(xml.document, 'p').flatMap((paragraph) => {
    const style = value(paragraph, 'pStyle')
    if (!style?.startsWith('Heading')) return []
    const text = children(paragraph, 't')
      .map((t) => t.textContent)
      .join('')
    return [{ style, ownNumbering: children(paragraph, 'numPr').length > 0, text }]
  })
}

describe('the .docx numbering.xml binds 一、（一）1.（1）① to the heading styles', () => {
  it('standard: one list, level n bound to Heading n+1 both ways, in the app’s formats', async () => {
    const xml = await docxXml()
    const levels = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5'].map((id) =>
      boundLevel(xml, id),
    )
    expect(levels).toEqual(
      [
        { ilvl: 0, format: 'chineseCountingThousand', text: '%1、', pStyle: 'Heading1' },
        { ilvl: 1, format: 'chineseCountingThousand', text: '（%2）', pStyle: 'Heading2' },
        { ilvl: 2, format: 'decimal', text: '%3.', pStyle: 'Heading3' },
        { ilvl: 3, format: 'decimal', text: '（%4）', pStyle: 'Heading4' },
        { ilvl: 4, format: 'decimalEnclosedCircle', text: '%5', pStyle: 'Heading5' },
      ].map((level) => ({ ...level, list: levels[0]?.list, start: '1' })),
    )
    // One list: a chapter restarts the levels below it, as the app numbers them.
    expect(new Set(levels.map((level) => level?.list)).size).toBe(1)
    // The headings carry the style only: no number typed into the text, no list of their own.
    expect(headingParagraphs(xml)).toEqual([
      { style: 'Heading1', ownNumbering: false, text: '甲' },
      { style: 'Heading2', ownNumbering: false, text: '乙' },
      { style: 'Heading3', ownNumbering: false, text: '丙' },
      { style: 'Heading4', ownNumbering: false, text: '丁' },
      { style: 'Heading5', ownNumbering: false, text: '戊' },
      { style: 'Heading1', ownNumbering: false, text: '己' },
    ])
  })

  it('二级序号全文连续: level 2 and below in a list of their own, which chapters do not restart', async () => {
    const xml = await docxXml({ scheme: 'standard', continuousLevel2: true })
    const chapter = boundLevel(xml, 'Heading1')
    const item = boundLevel(xml, 'Heading2')
    const third = boundLevel(xml, 'Heading3')
    expect(chapter).toMatchObject({ ilvl: 0, text: '%1、', pStyle: 'Heading1' })
    expect(item).toMatchObject({ ilvl: 0, text: '（%1）', pStyle: 'Heading2' })
    expect(third).toMatchObject({ ilvl: 1, text: '%2.', pStyle: 'Heading3', list: item?.list })
    expect(item?.list).not.toBe(chapter?.list)
  })

  it('twoLevel: 一、 then 1、 then （1）', async () => {
    const xml = await docxXml({ scheme: 'twoLevel' })
    expect(['Heading1', 'Heading2', 'Heading3'].map((id) => boundLevel(xml, id)?.text)).toEqual([
      '%1、',
      '%2、',
      '（%3）',
    ])
    expect(boundLevel(xml, 'Heading2')?.format).toBe('decimal')
  })
})
