// The heavy `docx` package: load this module only with a dynamic import() when the user exports.
import {
  AlignmentType,
  Document,
  Footer,
  LevelSuffix,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  UnderlineType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx'
import { closingParagraph } from './closingParagraphs'
import type { NumberingSettings } from '../../outline/types'
import { headingText, type ExportBlock, type InlineRun } from '../exportModel'
import type { PrintSettings } from '../exportOptions'
import { CHARACTER_SPACING_PT, DOCX_FONTS, PAGE_MM } from '../pageLayout'
import { planWordNumbering, WORD_LEVELS, type WordNumbering } from './wordNumbering'

const BODY_HALF_POINTS = 32 // 三号 16 pt
const TITLE_HALF_POINTS = 44 // 二号 22 pt
const PAGE_NUMBER_HALF_POINTS = 28 // 四号 14 pt
const FIRST_LINE_INDENT = 640 // two characters of 16 pt, in twips
const ONE_CHARACTER_14PT = 280

const twipsOfMillimetres = (millimetres: number) => Math.round((millimetres / 25.4) * 1440)
const twipsOfPoints = (points: number) => Math.round(points * 20)
/**
 * 28 characters a line: 16 pt type at a 15.75 pt pitch, as Word's grid would do. Spacing on the
 * runs rather than a document grid, which LibreOffice lays out differently from Word.
 */
const CHARACTER_SPACING = twipsOfPoints(CHARACTER_SPACING_PT)

type FontName = keyof typeof DOCX_FONTS

/** East-Asian font by name, Times New Roman for Latin letters and digits. */
function fontsOf(name: FontName) {
  const latin = name === 'song' ? DOCX_FONTS.song : DOCX_FONTS.latin
  // hint eastAsia: quotes “” and dashes, whose width is ambiguous, take the Chinese font.
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia: DOCX_FONTS[name], hint: 'eastAsia' }
}

/** Heading fonts by level: 黑体, 楷体, then 仿宋. */
const headingFont = (level: number): FontName =>
  level === 1 ? 'hei' : level === 2 ? 'kai' : 'fangsong'

const headingBold = (level: number, settings: PrintSettings) =>
  (level === 2 && settings.boldLevel2) || (level === 3 && settings.boldLevel3)

/** Word's heading styles run to Heading9; deeper levels share the last one. */
const headingStyleId = (level: number) => `Heading${Math.min(level, WORD_LEVELS)}`

/** The run of a heading's number or title: 黑体 / 楷体 / 仿宋 by level. */
function headingRun(level: number, settings: PrintSettings) {
  return {
    font: fontsOf(headingFont(level)),
    size: BODY_HALF_POINTS,
    characterSpacing: CHARACTER_SPACING,
    bold: headingBold(level, settings),
  }
}

function bodyRuns(runs: readonly InlineRun[]): TextRun[] {
  return runs.map(
    (run) =>
      new TextRun({
        text: run.text,
        font: fontsOf('fangsong'),
        size: BODY_HALF_POINTS,
        characterSpacing: CHARACTER_SPACING,
        bold: run.bold ?? false,
        italics: run.italic ?? false,
        underline: run.underline ? { type: UnderlineType.SINGLE } : undefined,
      }),
  )
}

function centredLine(text: string, font: FontName, size: number, spaceAfter: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { after: spaceAfter },
    children: [new TextRun({ text, font: fontsOf(font), size })],
  })
}

/**
 * The paragraphs of the document body, one per export block. A heading Word numbers itself has
 * only its title; any other heading keeps its number as text and leaves its style's list.
 */
export function docxParagraphs(
  blocks: readonly ExportBlock[],
  settings: PrintSettings,
  numbering: WordNumbering,
): Paragraph[] {
  const lineTwips = twipsOfPoints(settings.linePitchPt)
  const lastTitleLine = blocks.findLastIndex((block) =>
    ['title', 'subtitle', 'unit', 'date'].includes(block.kind),
  )
  return blocks.map((block, index) => {
    // One empty line between the title lines and the text, as GB/T 9704 asks.
    const after = index === lastTitleLine ? lineTwips : 0
    switch (block.kind) {
      case 'title':
        return centredLine(block.text, 'title', TITLE_HALF_POINTS, after)
      case 'subtitle':
        return centredLine(block.text, 'kai', BODY_HALF_POINTS, after)
      case 'unit':
      case 'date':
        return centredLine(block.text, 'fangsong', BODY_HALF_POINTS, after)
      case 'preamble':
      case 'body':
        return new Paragraph({ children: bodyRuns(block.runs) })
      case 'heading':
      case 'runIn': {
        const automatic = numbering.automatic.has(index)
        const options: IParagraphOptions = {
          style: headingStyleId(block.level),
          ...(automatic ? {} : { numbering: false }),
          // A heading on its own line stays with the text it introduces (never last on a page).
          keepNext: block.kind === 'heading',
          keepLines: block.kind === 'heading',
          children: [
            new TextRun({
              text: automatic ? block.title : headingText(block),
              ...headingRun(block.level, settings),
            }),
            ...(block.kind === 'runIn' ? bodyRuns(block.runs) : []),
          ],
        }
        return new Paragraph(options)
      }
      default:
        return closingParagraph(block, lineTwips, {
          font: fontsOf('fangsong'),
          size: BODY_HALF_POINTS,
          characterSpacing: CHARACTER_SPACING,
        })
    }
  })
}

/** `— 7 —` in 14 pt 宋体, one character in from the outer edge (or centred). */
function pageNumberFooter(alignment: 'left' | 'right' | 'centre'): Footer {
  const run: IRunOptions = { font: fontsOf('song'), size: PAGE_NUMBER_HALF_POINTS }
  return new Footer({
    children: [
      new Paragraph({
        alignment:
          alignment === 'left'
            ? AlignmentType.LEFT
            : alignment === 'right'
              ? AlignmentType.RIGHT
              : AlignmentType.CENTER,
        indent: {
          firstLine: 0,
          left: alignment === 'left' ? ONE_CHARACTER_14PT : 0,
          right: alignment === 'right' ? ONE_CHARACTER_14PT : 0,
        },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new TextRun({ ...run, text: '— ' }),
          new TextRun({ ...run, children: [PageNumber.CURRENT] }),
          new TextRun({ ...run, text: ' —' }),
        ],
      }),
    ],
  })
}

/**
 * The lists of Word's automatic numbering: each level bound to its heading style, its number in
 * the heading's font with no tab after it, indented as the heading is.
 */
function numberingConfig(numbering: WordNumbering, settings: PrintSettings) {
  return numbering.lists.map((list) => ({
    reference: list.reference,
    levels: list.levels.map((level) => ({
      level: level.ilvl,
      format: level.format,
      text: level.text,
      start: level.start,
      suffix: LevelSuffix.NOTHING,
      alignment: AlignmentType.LEFT,
      style: {
        style: headingStyleId(level.planLevel),
        run: headingRun(level.planLevel, settings),
        paragraph: { indent: { left: 0, hanging: 0, firstLine: FIRST_LINE_INDENT } },
      },
    })),
  }))
}

/**
 * The heading paragraph styles, so Word's navigation pane and mammoth see the outline; each
 * carries its level of the automatic numbering, so a heading added in Word is numbered.
 */
function headingStyles(settings: PrintSettings, lineTwips: number, numbering: WordNumbering) {
  return Array.from({ length: WORD_LEVELS }, (_, index) => {
    const level = index + 1
    const { reference, ilvl } = numbering.levelOf(level)
    return {
      id: headingStyleId(level),
      name: `heading ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: {
        font: fontsOf(headingFont(level)),
        size: BODY_HALF_POINTS,
        bold: headingBold(level, settings),
        italics: false,
        color: '000000',
      },
      paragraph: {
        outlineLevel: index,
        numbering: { reference, level: ilvl },
        spacing: { before: 0, after: 0, line: lineTwips, lineRule: LineRuleType.EXACT },
        indent: { firstLine: FIRST_LINE_INDENT },
      },
    }
  })
}

/** The plan as a Word document in the GB/T 9704 layout, numbered by Word (see `planWordNumbering`). */
export function buildDocx(
  blocks: readonly ExportBlock[],
  settings: PrintSettings,
  meta: { title: string; creator?: string; numbering: NumberingSettings },
): Document {
  const lineTwips = twipsOfPoints(settings.linePitchPt)
  const numbering = planWordNumbering(blocks, meta.numbering)
  const outside = settings.pageNumbers === 'outside'
  return new Document({
    title: meta.title,
    creator: meta.creator ?? '计划起草',
    evenAndOddHeaderAndFooters: outside,
    numbering: { config: numberingConfig(numbering, settings) },
    styles: {
      default: {
        document: {
          run: { font: fontsOf('fangsong'), size: BODY_HALF_POINTS },
          paragraph: {
            spacing: { before: 0, after: 0, line: lineTwips, lineRule: LineRuleType.EXACT },
            indent: { firstLine: FIRST_LINE_INDENT },
            alignment: AlignmentType.JUSTIFIED,
          },
        },
      },
      paragraphStyles: headingStyles(settings, lineTwips, numbering),
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twipsOfMillimetres(PAGE_MM.width),
              height: twipsOfMillimetres(PAGE_MM.height),
            },
            margin: {
              top: twipsOfMillimetres(PAGE_MM.marginTop),
              left: twipsOfMillimetres(PAGE_MM.marginLeft),
              right: twipsOfMillimetres(PAGE_MM.marginRight),
              bottom: twipsOfMillimetres(PAGE_MM.marginBottom),
              header: twipsOfMillimetres(15),
              footer: twipsOfMillimetres(PAGE_MM.footerFromEdge),
            },
          },
        },
        footers: outside
          ? { default: pageNumberFooter('right'), even: pageNumberFooter('left') }
          : { default: pageNumberFooter('centre') },
        children: docxParagraphs(blocks, settings, numbering),
      },
    ],
  })
}

/** The .docx as a Blob, for a download in the browser. */
export function docxBlob(document: Document): Promise<Blob> {
  return Packer.toBlob(document)
}

/** The .docx as bytes, for Node (tests, scripts). */
export function docxBytes(document: Document): Promise<Uint8Array> {
  return Packer.toBuffer(document)
}
