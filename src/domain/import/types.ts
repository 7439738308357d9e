/**
 * The shapes shared by the importers (text, Word) and the import preview. A source document is
 * read into SourceLines (one per paragraph); the parser gives each line a role and, for headings,
 * a level; the outline (plan drafts with their node trees) is derived from those lines, so the
 * preview can change a line's role or level and rebuild the outline at once.
 */

import type { PlanClosingFields } from '../outline/planClosing'

export type InlineMark = 'bold' | 'italic' | 'underline'

/** A run of text with the same formatting (from Word; plain text has one run per line). */
export interface SourceRun {
  text: string
  marks?: InlineMark[]
}

/** One paragraph of the source document. */
export interface SourceLine {
  /** 0-based position in the source document (the preview's line number). */
  index: number
  /** The paragraph's text, as read (before cleaning). */
  text: string
  /** Formatted runs (Word); absent for plain text. Their texts joined equal `text`. */
  runs?: SourceRun[]
  /** Word: the paragraph's outline level from a heading style or w:outlineLvl (1 = top). */
  outlineLevel?: number
  /** Word automatic numbering: which list, its level (0-based ilvl) and the label Word shows. */
  list?: { numId: string; level: number; label: string }
}

/** What the parser made of a line. */
export type LineRole =
  /** A numbered (or styled) heading: becomes an item at `level`. */
  | 'heading'
  /** Body text: belongs to the item above (or the preamble before the first heading). */
  | 'body'
  /** The plan's title line. */
  | 'title'
  /** Document header: issuing body, 〔2016〕19号, addressee, notice sentence, signature, date. */
  | 'header'
  /** Dropped: 来源：…, 热门标签, page numbers, a web page's menu. Listed in the preview. */
  | 'noise'
  /** Empty after cleaning. */
  | 'blank'

/** A header line that is one of the plan's closing fields (closingLines.ts). */
export type ClosingRole = 'recipient' | 'attachment' | 'signature' | 'issuedDate'

export interface ParsedLine {
  /** Index of the SourceLine this comes from. */
  sourceIndex: number
  role: LineRole
  /** The cleaned text of the whole line (spaces, soft breaks and pinyin annotations removed). */
  text: string
  /** For headings: 1 = chapter (一、), 2 = (一), … as inferred from the heading above (inferLevels). */
  level?: number
  /** For headings: the numbering style (e.g. `一、`, `（一）`, `1.`, `一是`), for the preview. */
  style?: string
  /** For headings: the number as written (`一、`, `（三）`), shown in the preview. */
  label?: string
  /** For headings: the title without its number and without a final 。 */
  title?: string
  /** For a heading run into its paragraph: the rest of the paragraph, which becomes body text. */
  rest?: string
  /** Formatted runs of the body text (Word), for bold / italic / underline to be kept. */
  runs?: SourceRun[]
  /**
   * A soft line break: this body line continues the paragraph above (text wrapped at a fixed
   * width, in a file whose paragraphs are otherwise separated by blank lines).
   */
  continues?: boolean
  /**
   * The end of the heading above, wrapped onto this line (plain text cut at a fixed width): it
   * becomes the end of that heading's title (wrappedHeadings.ts). Were the heading made body text,
   * it continues that paragraph.
   */
  wraps?: boolean
  /**
   * When one source line is split into several parsed lines (a `四是` run into the end of the
   * `三是` paragraph): 0, 1, … in order; absent for a line that was not split.
   */
  part?: number
  /** A header line kept as the plan's 主送, 附件说明, 落款 or 成文日期 (closingLines.ts). */
  closing?: ClosingRole
}

/** One plan found in the source (【篇一】 / 【篇二】 split a file into several). */
export interface ParsedPlan {
  /** Derived from the title line, else from the first chapter or the file name: editable. */
  title: string
  unit: string
  year: number | null
  lines: ParsedLine[]
}

export interface ImportParse {
  plans: ParsedPlan[]
  /** Things not imported (tables, images) or dropped (noise), in Chinese, for the preview. */
  notes: string[]
}

/** An item of the imported outline, nested. */
export interface ImportedItem {
  title: string
  /** Body paragraphs, each a list of formatted runs. */
  body: SourceRun[][]
  children: ImportedItem[]
}

/** A plan ready to be written: what outlineFromLines derives from a ParsedPlan's lines. */
export interface ImportedOutline {
  preamble: SourceRun[][]
  items: ImportedItem[]
  /** 主送, 附件说明, 落款, 成文日期 from the lines marked so (closingLines.ts). */
  closing?: PlanClosingFields
}
