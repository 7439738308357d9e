import { titleParts } from './planHeader'
import type { ParsedLine } from './types'

export interface PlanTitleInput {
  /** The plan's title line ('' when it has none). */
  titleLine: string
  /** The title of a page holding several plans (its line before 【篇一】), or ''. */
  collectionTitle: string
  /** 篇二 … when the source holds several plans, else ''. */
  markerName: string
  fileName?: string
  /** Issuing bodies and signatures from the header. */
  organisations: string[]
  /** Dates and document numbers from the header. */
  headerTexts: string[]
  lines: ParsedLine[]
}

export interface PlanTitle {
  title: string
  unit: string
  year: number | null
}

/**
 * The plan's title, unit and year: from its title line when there is one; else an editable title
 * from the page's title (with 篇二), the file name, or the plan's kind (工作计划 / 工作要点),
 * with unit and year from the header.
 */
export function planTitle(input: PlanTitleInput): PlanTitle {
  const headerOrganisation = input.organisations[0] ?? ''
  const headerYear = yearInHeader(input.headerTexts)
  if (input.titleLine !== '') {
    const parts = titleParts(input.titleLine)
    const namesYear = /年/.test(input.titleLine)
    return {
      title: input.titleLine,
      unit: parts.unit || headerOrganisation,
      year: namesYear ? parts.year : headerYear,
    }
  }
  const suffix = input.markerName !== '' ? `（${input.markerName}）` : ''
  if (input.collectionTitle !== '')
    return { title: input.collectionTitle + suffix, unit: headerOrganisation, year: headerYear }
  const fileTitle = (input.fileName ?? '')
    .replace(/^.*[/\\]/, '')
    .replace(/\.[^.]*$/, '')
    .trim()
  if (fileTitle !== '') {
    const parts = titleParts(fileTitle)
    return {
      title: fileTitle + suffix,
      unit: parts.unit || headerOrganisation,
      year: parts.year ?? headerYear,
    }
  }
  const kind = planKind(input.lines)
  const year = headerYear === null ? '' : `${headerYear}年`
  return {
    title: `${headerOrganisation}${year}${kind}${suffix}`,
    unit: headerOrganisation,
    year: headerYear,
  }
}

function yearInHeader(texts: string[]): number | null {
  for (const text of texts) {
    const match = /(19|20)\d{2}/.exec(text)
    if (match) return Number(match[0])
  }
  return null
}

const TRADITIONAL = /[劃會發這們經實與爲為進關區當對學說國機開總產動務]/g
const SIMPLIFIED = /[划会发这们经实与为进关区当对学说国机开总产动务]/g

/** 工作要点 when the text calls itself that, else 工作计划; in Traditional characters if the text is. */
function planKind(lines: ParsedLine[]): string {
  const text = lines
    .map((line) => line.text)
    .join('')
    .slice(0, 5000)
  const traditional = (text.match(TRADITIONAL)?.length ?? 0) > (text.match(SIMPLIFIED)?.length ?? 0)
  const points = /工作要[点點]/.test(text) && !/工作计划|工作計劃/.test(text)
  if (points) return traditional ? '工作要點' : '工作要点'
  return traditional ? '工作計劃' : '工作计划'
}
