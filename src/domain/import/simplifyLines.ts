import type { SourceLine } from './types'
import { loadSearchTools } from '../phrases/searchTools'

// Frequent characters that exist only in Traditional script (their Simplified forms differ).
const TRADITIONAL_ONLY = new Set(
  '們這個為與國會業關發學習開經實現區動對將從進來時說過還點當體種樣機產處條團職維權幫務勞協議書黨總員設織劃導質類應響識'.split(
    '',
  ),
)

/** Hiragana and katakana: Japanese, whose kanji share many Traditional-only forms. */
const KANA = /[\u3041-\u30ff]/

/**
 * Whether the text is written in Traditional characters (then 繁→简 starts switched on). A text
 * with kana is Japanese (職員, 協力, 計画 look Traditional): never converted by itself.
 */
export function looksTraditional(lines: readonly SourceLine[]): boolean {
  let found = 0
  let seen = 0
  for (const line of lines) {
    if (KANA.test(line.text)) return false
    for (const character of line.text) {
      if (TRADITIONAL_ONLY.has(character)) found++
      if (++seen > 20_000) return found >= 5
    }
  }
  return found >= 5 || (found > 0 && found === seen)
}

/** The lines converted to Simplified, text and formatted runs alike (runs still join to text). */
export function simplifyLines(
  lines: readonly SourceLine[],
  convert: (text: string) => string,
): SourceLine[] {
  return lines.map((line) => {
    if (!line.runs) return { ...line, text: convert(line.text) }
    const runs = line.runs.map((run) => ({ ...run, text: convert(run.text) }))
    return { ...line, runs, text: runs.map((run) => run.text).join('') }
  })
}

/** opencc-js through the phrase search's lazy loader, so the library is fetched once. */
export async function loadSimplifier(): Promise<(text: string) => string> {
  return (await loadSearchTools()).toSimplified
}
