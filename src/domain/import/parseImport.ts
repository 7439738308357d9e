import { markClosingLines } from './closingLines'
import { classifyLine, type LineClass } from './classifyLine'
import { cleanRuns, cleanText } from './cleanText'
import { headingLine, listStyle } from './headingLine'
import { inferLevels } from './inferLevels'
import { markContinuations } from './markContinuations'
import { isLinkLine, startsLinkBlock } from './noiseLines'
import {
  isAttachmentLine,
  isDateLine,
  isOpeningHeader,
  isOrganisationLine,
  isPlanTitle,
  isPublicationNote,
  planTitleInNotice,
  titleParts,
} from './planHeader'
import { planTitle } from './planTitle'
import { splitPlans, type PlanMarker } from './splitPlans'
import { splitRunOnItems } from './splitRunOnItems'
import { markWrappedHeadings } from './wrappedHeadings'
import type { ImportParse, ParsedLine, ParsedPlan, SourceLine, SourceRun } from './types'

export interface ParseImportOptions {
  /** The file's name, for a title when the text has none. */
  fileName?: string
  /** Told the share done (0–1) every few thousand lines, for a progress bar (run in a worker). */
  onProgress?: (share: number) => void
}

/** Lines between two progress reports. */
const PROGRESS_STEP = 5_000

/** A source line cleaned, with what it is by itself. */
interface Prepared {
  source: SourceLine
  text: string
  runs?: SourceRun[]
  kind: LineClass
}

/**
 * Reads a document's lines into plans: each line gets a role (heading, body, title, header,
 * noise, blank) and headings a level; 【篇一】 / 【篇二】 split it into plans, each with a title,
 * unit and year. Never throws: text without numbering is one plan of body lines (its preamble).
 */
export function parseImport(lines: SourceLine[], options: ParseImportOptions = {}): ImportParse {
  const { onProgress } = options
  // Preparing a line is about half the work, the plans' passes the other half.
  const prepared: Prepared[] = []
  for (const line of lines) {
    prepared.push(prepare(line))
    if (onProgress && prepared.length % PROGRESS_STEP === 0)
      onProgress((prepared.length / lines.length) * 0.5)
  }
  let parsedLines = 0
  const parsePlanLines = (segment: Prepared[]) =>
    parseLines(
      segment,
      onProgress &&
        (() => {
          if (++parsedLines % PROGRESS_STEP === 0)
            onProgress(0.5 + (parsedLines / lines.length) * 0.5)
        }),
    )
  const segments = splitPlans(prepared, (line) => line.text)
  const [lead, ...marked] = segments
  const plans: ParsedPlan[] = []
  const notes: string[] = []

  // Text before the first 【篇一】 with no heading in it is the page's own title (kept as header,
  // named in the plans' derived titles) and its introduction (noise).
  const parsedLead = parsePlanLines(lead.lines)
  let leadLines: ParsedLine[] = []
  let collectionTitle = ''
  if (marked.length === 0 || parsedLead.lines.some((line) => line.role === 'heading'))
    plans.push(planOf(parsedLead, null, '', options.fileName, marked.length > 0))
  else {
    collectionTitle = parsedLead.title
    leadLines = parsedLead.lines.map((line) =>
      line.role === 'blank' || line.role === 'noise'
        ? line
        : {
            sourceIndex: line.sourceIndex,
            text: line.text,
            role: line.role === 'body' ? 'noise' : 'header',
          },
    )
  }
  marked.forEach((segment, index) => {
    const parsed = parsePlanLines(segment.lines)
    if (index === 0) parsed.lines = leadLines.concat(parsed.lines)
    plans.push(planOf(parsed, segment.marker, collectionTitle, options.fileName, true))
  })

  for (const plan of plans)
    for (const line of plan.lines)
      if (line.role === 'noise')
        notes.push(`已去掉第 ${line.sourceIndex + 1} 行：${shorten(line.text)}`)
  return { plans, notes }
}

function prepare(source: SourceLine): Prepared {
  if (source.runs && source.runs.length > 0) {
    const runs = cleanRuns(source.runs)
    const text = runs.map((run) => run.text).join('')
    return { source, text, runs, kind: classifyLine(text) }
  }
  const text = cleanText(source.text)
  return { source, text, kind: classifyLine(text) }
}

/** A Word list label that numbers (a bullet does not). */
function listLabel(line: Prepared): string | undefined {
  const label = line.source.list?.label
  return label !== undefined && listStyle(label) !== null ? label : undefined
}

function isHeadingCandidate(line: Prepared): boolean {
  return (
    listLabel(line) !== undefined ||
    (line.kind.kind === 'numbered' && !line.kind.inline) ||
    (line.source.outlineLevel !== undefined && line.text !== '')
  )
}

interface PlanLines {
  lines: ParsedLine[]
  /** The title line's text; '' when there is none. */
  title: string
  /** The plan named in a notice's title (关于印发《…》的通知), for a plan without a title line. */
  namedInNotice: string
  /** Issuing bodies and signatures seen in the header, for the unit. */
  organisations: string[]
  /** Dates and document numbers in the header, for the year. */
  headerTexts: string[]
}

function parseLines(lines: Prepared[], onLine?: () => void): PlanLines {
  const result: PlanLines = {
    lines: [],
    title: '',
    namedInNotice: '',
    organisations: [],
    headerTexts: [],
  }
  const drafts: { line: ParsedLine; prepared: Prepared }[] = []
  let seenHeading = false
  let seenBody = false
  let inLinkBlock = false
  for (const prepared of lines) {
    onLine?.()
    const { source, text, runs, kind } = prepared
    const base = { sourceIndex: source.index, text }
    let line: ParsedLine
    if (kind.kind === 'noise' && startsLinkBlock(text)) inLinkBlock = true
    else if (kind.kind !== 'blank' && !isLinkLine(text)) inLinkBlock = false
    if (kind.kind === 'blank') line = { ...base, role: 'blank' }
    else if (kind.kind === 'noise' || inLinkBlock) line = { ...base, role: 'noise' }
    else if (kind.kind === 'marker') {
      line = { ...base, role: 'header' }
      if (kind.marker.rest !== '' && result.title === '') {
        line = { ...base, role: 'title' }
        result.title = kind.marker.rest
      }
    } else if (isPublicationNote(text)) line = { ...base, role: 'header' }
    else if (
      !seenHeading &&
      !seenBody &&
      result.title === '' &&
      listLabel(prepared) === undefined &&
      kind.kind === 'text' &&
      isPlanTitle(text)
    ) {
      line = { ...base, role: 'title' }
      result.title = text
    } else if (isHeadingCandidate(prepared)) {
      seenHeading = true
      line = headingLine(source.index, text, 1, { listLabel: listLabel(prepared), runs })
    } else if (!seenHeading && !seenBody && isOpeningLine(text, result)) {
      line = { ...base, role: 'header' }
    } else {
      seenBody = true
      line = { ...base, role: 'body' }
      if (runs) line.runs = runs
    }
    drafts.push({ line, prepared })
  }

  const closing = markClosingLines(
    drafts.map(({ line }) => line),
    titleParts(result.title).unit,
  )
  result.organisations.push(...closing.signatures)
  result.headerTexts.push(...closing.dates)
  markClosingHeader(
    drafts.map(({ line }) => line),
    result,
  )

  const headings = drafts.filter(({ line }) => line.role === 'heading')
  const levels = inferLevels(
    headings.map(({ line, prepared }) => ({
      style: line.style,
      outlineLevel: prepared.source.outlineLevel,
    })),
  )
  headings.forEach(({ line }, index) => (line.level = levels[index]))

  const split = splitRunOnItems(drafts.map(({ line }) => line))
  const plain = lines.every((line) => !line.runs && line.source.outlineLevel === undefined)
  result.lines = plain ? markWrappedHeadings(markContinuations(split)) : split
  return result
}

/** A header line before the plan's body: number, date, addressee, notice, issuing body. */
function isOpeningLine(text: string, result: PlanLines): boolean {
  const named = planTitleInNotice(text)
  if (named !== null) {
    if (result.namedInNotice === '') result.namedInNotice = named
    return true
  }
  if (isOpeningHeader(text)) {
    result.headerTexts.push(text)
    return true
  }
  if (isOrganisationLine(text)) {
    result.organisations.push(text.replace(/\s/g, '').replace(/文件$/, ''))
    return true
  }
  return false
}

/** Signature, date and attachments after the plan's last paragraph are header too. */
function markClosingHeader(lines: ParsedLine[], result: PlanLines): void {
  let sawDate = false
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]
    if (line.role === 'blank' || line.role === 'noise' || line.role === 'header') continue
    if (line.role !== 'body') return
    if (isDateLine(line.text)) {
      sawDate = true
      result.headerTexts.push(line.text)
    } else if (isAttachmentLine(line.text)) {
      // Attachments follow the signature; keep looking above them.
    } else if (sawDate && isOrganisationLine(line.text)) {
      result.organisations.push(line.text)
    } else return
    line.role = 'header'
  }
}

function planOf(
  parsed: PlanLines,
  marker: PlanMarker | null,
  collectionTitle: string,
  fileName: string | undefined,
  several: boolean,
): ParsedPlan {
  const { title, unit, year } = planTitle({
    titleLine: parsed.title || parsed.namedInNotice,
    collectionTitle,
    markerName: several ? (marker?.name ?? '') : '',
    fileName,
    organisations: parsed.organisations,
    headerTexts: parsed.headerTexts,
    lines: parsed.lines,
  })
  return { title, unit, year, lines: parsed.lines }
}

function shorten(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text
}
