/** What the find bar's toggles ask for. Latin letters always match regardless of case. */
export interface FindOptions {
  /** 全角/半角视为相同: ＡＢＣ１２３，！ match ABC123,! (and 。 matches .). */
  width: boolean
  /** 简繁视为相同: 工會 matches 工会 (each character folded to its Simplified form). */
  script: boolean
  /** 整词匹配: see isWholeMatch. */
  wholePhrase: boolean
}

export const DEFAULT_FIND_OPTIONS: FindOptions = { width: false, script: false, wholePhrase: false }

/** One character to its Simplified form (same length: one UTF-16 unit in, one out). */
export type ScriptFold = (character: string) => string
