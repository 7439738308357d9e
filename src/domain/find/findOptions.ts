/** What the find bar's toggles ask for. */
export interface FindOptions {
  /** 区分大小写: Latin letters (ASCII and full-width) match only in the same case. */
  caseSensitive: boolean
  /** 全角/半角视为相同: ＡＢＣ１２３，！ match ABC123,! (and 。 matches .). */
  width: boolean
  /** 简繁视为相同: 工會 matches 工会 (each character folded to its Simplified form). */
  script: boolean
  /** 整词匹配: see isWholeMatch. */
  wholePhrase: boolean
}

export const DEFAULT_FIND_OPTIONS: FindOptions = {
  caseSensitive: false,
  width: false,
  script: false,
  wholePhrase: false,
}

/** One character to its Simplified form (same length: one UTF-16 unit in, one out). */
export type ScriptFold = (character: string) => string
