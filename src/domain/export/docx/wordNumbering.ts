import { formatNumber } from '../../import/docx/formatNumber'
import { LIMITS } from '../../limits/limits'
import { continuousLevel2Unavailable, numberLabel } from '../../outline/numbering'
import type { NumberingScheme, NumberingSettings } from '../../outline/types'
import { isHeadingBlock, type ExportBlock } from '../exportModel'

/** Word's list levels run 0–8: plan levels deeper than 9 carry their number as text. */
export const WORD_LEVELS = 9

/** A number format of Word (w:numFmt) that draws a plan's numbers as the app does. */
export type WordNumberFormat = 'chineseCountingThousand' | 'decimal' | 'decimalEnclosedCircle'

interface WordLevelStyle {
  format: WordNumberFormat
  before: string
  after: string
}

const chapter: WordLevelStyle = { format: 'chineseCountingThousand', before: '', after: '、' }
const bracketChinese: WordLevelStyle = {
  format: 'chineseCountingThousand',
  before: '（',
  after: '）',
}
const arabicDot: WordLevelStyle = { format: 'decimal', before: '', after: '.' }
const arabicComma: WordLevelStyle = { format: 'decimal', before: '', after: '、' }
const bracketArabic: WordLevelStyle = { format: 'decimal', before: '（', after: '）' }
const circled: WordLevelStyle = { format: 'decimalEnclosedCircle', before: '', after: '' }
const yishi: WordLevelStyle = { format: 'chineseCountingThousand', before: '', after: '是' }

/**
 * The schemes of `outline/numbering.ts` in Word's terms, level by level (deeper levels reuse the
 * last). chineseCountingThousand is Word's 一, 十, 一百 (chineseCounting would write 一〇〇).
 */
const WORD_SCHEMES: Record<NumberingScheme, WordLevelStyle[]> = {
  standard: [chapter, bracketChinese, arabicDot, bracketArabic, circled],
  twoLevel: [chapter, arabicComma, bracketArabic, circled],
  yishi: [chapter, yishi, arabicDot, bracketArabic, circled],
}

/** One level of a Word list: `text` is Word's w:lvlText, e.g. `（%2）`. */
export interface WordListLevel {
  /** 0-based level in its list (w:ilvl). */
  ilvl: number
  /** The plan level (1-based) whose heading style this level is bound to. */
  planLevel: number
  format: WordNumberFormat
  text: string
  start: number
}

export interface WordList {
  reference: string
  levels: WordListLevel[]
}

export interface WordNumbering {
  lists: WordList[]
  /** The list and level bound to the heading style of each plan level 1–9. */
  levelOf(planLevel: number): { reference: string; ilvl: number }
  /** Indexes of the heading blocks Word numbers itself; every other heading has its number as text. */
  automatic: ReadonlySet<number>
}

function levelStyle(scheme: NumberingScheme, planLevel: number): WordLevelStyle {
  const styles = WORD_SCHEMES[scheme]
  return styles[Math.min(planLevel, styles.length) - 1]
}

/** What Word shows for `value` at a level, as Word renders its formats. */
export function wordLabel(level: Pick<WordListLevel, 'format' | 'text'>, value: number): string {
  return level.text.replace(/%[1-9]/, formatNumber(value, level.format))
}

/** The count (1-based) that `label` stands for at `level`, or null if the scheme never writes it. */
function countOfLabel(scheme: NumberingScheme, level: number, label: string): number | null {
  for (let count = 1; count <= LIMITS.itemsPerPlan; count++) {
    if (numberLabel(scheme, level, count) === label) return count
  }
  return null
}

/**
 * Word's automatic numbering for an export: lists whose levels are bound to the heading styles,
 * so Word renumbers when chapters are added, moved or deleted in it. Word's counting is replayed
 * over the headings (a level counts on from its `start` and restarts when a shallower level of
 * its list is used); a heading whose number Word would not show as the app does (past ⑳, deeper
 * than nine levels) keeps its number as text and stays out of the list. With 二级序号全文连续,
 * level 2 and below are a list of their own, which chapters do not restart.
 */
export function planWordNumbering(
  blocks: readonly ExportBlock[],
  settings: NumberingSettings,
): WordNumbering {
  const { scheme } = settings
  const continuous =
    settings.continuousLevel2 && continuousLevel2Unavailable(settings.scheme) === null
  const groups: number[][] = continuous
    ? [[1], [2, 3, 4, 5, 6, 7, 8, 9]]
    : [[1, 2, 3, 4, 5, 6, 7, 8, 9]]
  const places = new Map<number, { list: number; ilvl: number }>()
  const lists: WordList[] = groups.map((planLevels, list) => ({
    reference: continuous ? ['plan-chapters', 'plan-items'][list] : 'plan-headings',
    levels: planLevels.map((planLevel, ilvl) => {
      places.set(planLevel, { list, ilvl })
      const style = levelStyle(scheme, planLevel)
      return {
        ilvl,
        planLevel,
        format: style.format,
        text: `${style.before}%${ilvl + 1}${style.after}`,
        start: 1,
      }
    }),
  }))

  const starts = lists.map((list) => list.levels.map(() => false))
  const counters = lists.map(() => [] as (number | undefined)[])
  const automatic = new Set<number>()
  blocks.forEach((block, index) => {
    if (!isHeadingBlock(block)) return
    const place = places.get(block.level)
    if (place === undefined) return
    const level = lists[place.list].levels[place.ilvl]
    // The first heading of a level sets where it starts: 三、 for a subtree export of chapter 三.
    if (!starts[place.list][place.ilvl]) {
      starts[place.list][place.ilvl] = true
      level.start = countOfLabel(scheme, block.level, block.number) ?? 1
    }
    const values = counters[place.list]
    const value = (values[place.ilvl] ?? level.start - 1) + 1
    if (wordLabel(level, value) !== block.number) return
    values[place.ilvl] = value
    values.length = place.ilvl + 1
    automatic.add(index)
  })

  return {
    lists,
    levelOf(planLevel) {
      const place = places.get(Math.min(planLevel, WORD_LEVELS))!
      return { reference: lists[place.list].reference, ilvl: place.ilvl }
    },
    automatic,
  }
}
