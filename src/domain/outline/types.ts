import type { PlanClosingFields } from './planClosing'

/** Tiptap/ProseMirror JSON as stored; the domain only reads text out of it. */
export interface RichNode {
  type: string
  text?: string
  attrs?: Record<string, unknown>
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  content?: RichNode[]
}

/** A body: a ProseMirror doc, `{type: 'doc', content: [...paragraphs]}`. */
export type RichDoc = RichNode & { type: 'doc' }

export type NumberingScheme = 'standard' | 'twoLevel' | 'yishi'

export interface NumberingSettings {
  scheme: NumberingScheme
  /** Level 2 runs on through the whole plan instead of restarting per chapter. */
  continuousLevel2: boolean
}

/** The closing fields (主送, 附件说明, 落款, 成文日期) are in PlanClosingFields (planClosing.ts). */
export interface Plan extends PlanClosingFields {
  id: string
  title: string
  /** 单位: the issuing body, e.g. 某某镇总工会. */
  unit: string
  year: number
  numbering: NumberingSettings
  /** 指导思想 / 总体思路: the paragraph(s) before the first chapter. */
  preamble: RichDoc | null
  createdAt: number
  updatedAt: number
  /** Cached character count, refreshed on every write, for the plan library list. */
  charCount: number
  /** When it was moved to the trash (回收站); absent while it is in the library. */
  deletedAt?: number
  /** The plan this one was made from (复制为新年度计划), for the link back to it. */
  sourcePlanId?: string
  /**
   * Years written in the text that the user has confirmed are history (not left over from last
   * year): the roll-over lists them and the plan check does not report them.
   */
  keptYears?: number[]
  /**
   * Years the user has confirmed are bases of comparison (`比2025年增长`; set from the roll-over
   * report's 改为“2025” or the plan check's 作为对比年份): the plan check does not report them,
   * except in a sentence that says what its year is (`2025年是收官之年`). Not carried into next
   * year's plan, where they are last year's.
   */
  comparisonYears?: number[]
}

export interface OutlineNode {
  id: string
  planId: string
  /** null for a top-level chapter. */
  parentId: string | null
  /** Fractional index among siblings (the `fractional-indexing` package). */
  orderKey: string
  title: string
  body: RichDoc | null
  /** Bumped on every write, so views can reuse unchanged rows without comparing bodies. */
  rev?: number
  /** The window whose typing last wrote the body (kept by the plan writer); none for others. */
  bodySession?: string
  /**
   * The node of last year's plan this one was copied from (复制为新年度计划), so 与上一年对比
   * pairs them even when the title was reworded. Never changed afterwards.
   */
  sourceNodeId?: string
}
