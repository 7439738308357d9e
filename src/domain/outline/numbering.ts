import { chineseNumeral, circledNumeral } from './chineseNumeral'
import { flattenTree, type FlatRow, type Tree } from './tree'
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

/**
 * Schemes whose level 2 always restarts per chapter. `一是、二是` counts the points made under one
 * chapter; no real plan runs it on as `四是、五是` under chapter 二, so 二级序号全文连续 has no effect.
 */
const LEVEL2_RESTARTS: ReadonlySet<NumberingScheme> = new Set(['yishi'])

/** Why 二级序号全文连续 is unavailable for a scheme, or null when it applies. */
export function continuousLevel2Unavailable(scheme: NumberingScheme): string | null {
  return LEVEL2_RESTARTS.has(scheme) ? '一是式按章重新编号，不能全文连续' : null
}

export const DEFAULT_NUMBERING: NumberingSettings = { scheme: 'standard', continuousLevel2: false }

/** The label for the `count`-th (1-based) item at `level` (1-based). */
export function numberLabel(scheme: NumberingScheme, level: number, count: number): string {
  const styles = SCHEMES[scheme]
  return styles[Math.min(level, styles.length) - 1](count)
}

/**
 * Number every node from its position. Level 2 may run on across chapters (except under 一是式,
 * see `continuousLevel2Unavailable`); every other level restarts under each parent. The screen,
 * print preview and every export number through this one function.
 */
export function computeNumbers(tree: Tree, settings: NumberingSettings): Map<string, string> {
  return numbersOfRows(flattenTree(tree), settings)
}

/** `computeNumbers` over rows already in document order (the view flattens the tree once). */
export function numbersOfRows(
  rows: readonly FlatRow[],
  settings: NumberingSettings,
): Map<string, string> {
  const numbers = new Map<string, string>()
  const continuous =
    settings.continuousLevel2 && continuousLevel2Unavailable(settings.scheme) === null
  let level2Count = 0
  for (const row of rows) {
    let count = row.index + 1
    if (row.level === 2 && continuous) count = ++level2Count
    numbers.set(row.node.id, numberLabel(settings.scheme, row.level, count))
  }
  return numbers
}
