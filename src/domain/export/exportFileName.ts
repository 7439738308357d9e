import type { Plan } from '../outline/types'

/** Characters Windows and macOS refuse in file names (control characters are dropped separately). */
const FORBIDDEN = /[\\/:*?"<>|]/g

const withoutControlCharacters = (text: string) =>
  [...text].filter((character) => character.charCodeAt(0) >= 0x20).join('')

/**
 * `某某镇总工会2026年工作计划.docx`: the title with the plan's year, unless the title already has
 * it (or a 20xx slot standing for it).
 */
export function exportFileName(plan: Pick<Plan, 'title' | 'year'>, extension: string): string {
  const title =
    withoutControlCharacters(plan.title.trim()).replace(FORBIDDEN, '').replace(/\s+/g, ' ') ||
    '工作计划'
  const year = String(plan.year)
  const hasYear = title.includes(year) || /20[xX×]{2}/.test(title)
  const base = hasYear || !Number.isFinite(plan.year) ? title : withYear(title, year)
  return `${base}.${extension}`
}

/** 某某镇总工会工作计划 → 某某镇总工会2026年工作计划: the year goes before the kind of document. */
function withYear(title: string, year: string): string {
  const kind = title.match(/(工作计划|工作要点|工作安排|工作方案|计划|要点)$/)
  if (!kind || kind.index === undefined) return `${title}${year}年`
  return `${title.slice(0, kind.index)}${year}年${kind[0]}`
}
