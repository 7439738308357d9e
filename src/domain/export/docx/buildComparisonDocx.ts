// The heavy `docx` package: load this module only with a dynamic import() when the user exports.
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx'
import {
  DIFFERENCE_KINDS,
  DIFFERENCE_LABELS,
  type YearComparison,
  type YearDifference,
} from '../../compare/compareYears'
import type { DiffPart } from '../../history/textDiff'
import type { Plan } from '../../outline/types'
import { DOCX_FONTS, PAGE_MM } from '../pageLayout'

const TEXT_HALF_POINTS = 24 // 小四 12 pt: a table of two texts side by side
const TITLE_HALF_POINTS = 36 // 小二 18 pt

const twipsOfMillimetres = (millimetres: number) => Math.round((millimetres / 25.4) * 1440)

const fonts = (eastAsia: string) => ({
  ascii: DOCX_FONTS.latin,
  hAnsi: DOCX_FONTS.latin,
  cs: DOCX_FONTS.latin,
  eastAsia,
  hint: 'eastAsia' as const,
})

type Side = 'old' | 'new'

/** One side of marked text: last year's strikes out what went, this year's underlines what came. */
function sideParagraphs(parts: readonly DiffPart[], side: Side): Paragraph[] {
  const shown = parts.filter((part) => part.type !== (side === 'old' ? 'added' : 'removed'))
  const lines: TextRun[][] = [[]]
  for (const part of shown) {
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([])
      if (piece === '') return
      const marked = part.type !== 'same'
      lines.at(-1)!.push(
        new TextRun({
          text: piece,
          font: fonts(DOCX_FONTS.fangsong),
          size: TEXT_HALF_POINTS,
          strike: marked && side === 'old',
          underline: marked && side === 'new' ? { type: UnderlineType.SINGLE } : undefined,
          bold: marked && side === 'new',
        }),
      )
    })
  }
  return lines.map((children) => new Paragraph({ children }))
}

function line(text: string, options: { bold?: boolean; muted?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [
      new TextRun({
        text,
        font: fonts(options.bold ? DOCX_FONTS.hei : DOCX_FONTS.fangsong),
        size: TEXT_HALF_POINTS,
        color: options.muted ? '666666' : undefined,
      }),
    ],
  })
}

/** What a cell of one side says about a difference: the item's label, then its marked text. */
function sideCell(item: YearDifference, side: Side): Paragraph[] {
  const label =
    item.place === 'planTitle'
      ? '计划标题'
      : item.place === 'preamble'
        ? '前言'
        : side === 'old'
          ? item.oldLabel
          : item.newLabel
  if (label === null)
    return [line(side === 'old' ? '（上一年没有）' : '（本年已删除）', { muted: true })]
  const paragraphs = [line(label, { bold: true })]
  if (item.title) paragraphs.push(...sideParagraphs(item.title, side))
  if (item.body) paragraphs.push(...sideParagraphs(item.body, side))
  return paragraphs
}

const cell = (children: Paragraph[], width: number, header = false) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: header ? { fill: 'EEEEEE', type: 'clear', color: 'auto' } : undefined,
  })

/** The differences' counts in words: 新增 2 项，删除 1 项，移动 1 项，修改 3 项. */
export function countsText(counts: YearComparison['counts']): string {
  return DIFFERENCE_KINDS.map((kind) => `${DIFFERENCE_LABELS[kind]} ${counts[kind]} 项`).join('，')
}

/**
 * 与上一年对比 as a Word table: one row per difference, 变化 / 上一年 / 本年, what went struck
 * out on last year's side and what came underlined on this year's.
 */
export function buildComparisonDocx(
  comparison: YearComparison,
  last: Pick<Plan, 'title' | 'year'>,
  current: Pick<Plan, 'title' | 'year'>,
): Document {
  const widths = [12, 44, 44]
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([line('变化', { bold: true })], widths[0], true),
      cell([line(`上一年（${last.year}年）`, { bold: true })], widths[1], true),
      cell([line(`本年（${current.year}年）`, { bold: true })], widths[2], true),
    ],
  })
  const rows = comparison.items.map(
    (item) =>
      new TableRow({
        cantSplit: false,
        children: [
          cell([line(item.kinds.map((kind) => DIFFERENCE_LABELS[kind]).join('、'))], widths[0]),
          cell(sideCell(item, 'old'), widths[1]),
          cell(sideCell(item, 'new'), widths[2]),
        ],
      }),
  )
  return new Document({
    title: `${current.title}与上一年对比`,
    creator: '计划起草',
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twipsOfMillimetres(PAGE_MM.width),
              height: twipsOfMillimetres(PAGE_MM.height),
            },
            margin: {
              top: twipsOfMillimetres(25),
              bottom: twipsOfMillimetres(25),
              left: twipsOfMillimetres(20),
              right: twipsOfMillimetres(20),
            },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [
              new TextRun({
                text: `${current.title}与上一年对比`,
                font: fonts(DOCX_FONTS.title),
                size: TITLE_HALF_POINTS,
              }),
            ],
          }),
          line(
            `上一年：《${last.title}》（${last.year}年）；本年：《${current.title}》（${current.year}年）。`,
          ),
          line(
            comparison.items.length
              ? `${countsText(comparison.counts)}。删去的文字加删除线，新增的文字加粗并加下划线。`
              : '两份计划没有差别。',
          ),
          new Paragraph({ children: [] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [header, ...rows],
          }),
        ],
      },
    ],
  })
}

export function comparisonDocxBlob(document: Document): Promise<Blob> {
  return Packer.toBlob(document)
}

export function comparisonDocxBytes(document: Document): Promise<Uint8Array> {
  return Packer.toBuffer(document)
}
