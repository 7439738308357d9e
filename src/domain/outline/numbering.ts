import { chineseNumeral, circledNumeral } from './chineseNumeral'
import { flattenTree, type Tree } from './tree'
import type { NumberingScheme, NumberingSettings } from './types'

type LevelStyle = (count: number) => string

const chapter: LevelStyle = (n) => `${chineseNumeral(n)}、`
const bracketChinese: LevelStyle = (n) => `（${chineseNumeral(n)}）`
const arabicDot: LevelStyle = (n) => `${n}.`
const arabicComma: LevelStyle = (n) => `${n}、`
const bracketArabic: LevelStyle = (n) => `（${n}）`
const circled: LevelStyle = (n) => circledNumeral(n)
const yishi: LevelStyle = (n) => `${chineseNumeral(n)}是`

/** Styles per level; levels deeper than the list reuse its last style. */
const SCHEMES: Record<NumberingScheme, LevelStyle[]> = {
  standard: [chapter, bracketChinese, arabicDot, bracketArabic, circled],
  twoLevel: [chapter, arabicComma, bracketArabic, circled],
  yishi: [chapter, yishi, arabicDot, bracketArabic, circled],
}

export const NUMBERING_SCHEME_LABELS: Record<NumberingScheme, string> = {
  standard: '公文标准：一、（一）1.（1）①',
  twoLevel: '两级：一、1、（1）',
  yishi: '一是式：一、一是 二是 1.',
}

export const DEFAULT_NUMBERING: NumberingSettings = { scheme: 'standard', continuousLevel2: false }

/** The label for the `count`-th (1-based) item at `level` (1-based). */
export function numberLabel(scheme: NumberingScheme, level: number, count: number): string {
  const styles = SCHEMES[scheme]
  return styles[Math.min(level, styles.length) - 1](count)
}

/**
 * Number every node from its position. Level 2 may run on across chapters;
 * every other level restarts under each parent.
 */
export function computeNumbers(tree: Tree, settings: NumberingSettings): Map<string, string> {
  const numbers = new Map<string, string>()
  let level2Count = 0
  for (const row of flattenTree(tree)) {
    let count = row.index + 1
    if (row.level === 2 && settings.continuousLevel2) count = ++level2Count
    numbers.set(row.node.id, numberLabel(settings.scheme, row.level, count))
  }
  return numbers
}
