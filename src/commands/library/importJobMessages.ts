import type { LineEdit } from '../../domain/import/lineEdits'
import type { OutlineView } from '../../domain/import/previewRows'
import type { ParsedLine, SourceLine } from '../../domain/import/types'
import type { PlanFields } from '../../db/planRepo'

/** A plan's line edits as a worker message carries them (a Map's entries). */
export type EditEntries = [string, LineEdit][]

/** One plan to write: its position in the parse, the user's line edits and its fields. */
export interface PlanToWrite {
  plan: number
  edits: EditEntries
  fields: PlanFields
}

/** What the page asks of the import job (importJob.ts, in its worker or on the page). */
export type ImportRequest =
  /** Split (a text), convert 繁→简 when asked, parse. */
  | {
      type: 'parse'
      text?: string
      lines?: SourceLine[]
      /** A Word file's lines as JSON (commands/library/docxReading.ts, PackedDocx). */
      linesJson?: string
      fileName?: string
      simplify: boolean
    }
  /** The outline of a plan with its edits, its first `limit` rows; answered with the same id. */
  | { type: 'outline'; id: number; plan: number; edits: EditEntries; limit: number }
  /** Build every plan's rows and write them in one transaction, with progress. */
  | { type: 'write'; plans: PlanToWrite[] }
  /** 取消 of a write: its transaction aborts at the next batch, nothing is written. */
  | { type: 'stop' }

/** A parsed plan without its lines (they follow in slices). */
export interface PlanHead {
  title: string
  unit: string
  year: number | null
  lineCount: number
}

/** What the import job tells the page. Every `error` is one Chinese sentence for the user. */
export type ImportReport =
  | { type: 'progress'; stage: 'parsing' | 'writing'; share: number }
  /** The parse, plan by plan; `simplifyFailed`: the converter did not load, the text is as is. */
  | { type: 'parsed'; plans: PlanHead[]; notes: string[]; simplifyFailed: boolean }
  /** A slice of a plan's parsed lines, in order. */
  | { type: 'lines'; plan: number; lines: ParsedLine[] }
  | { type: 'outline'; id: number; view: OutlineView }
  | { type: 'written'; ok: true; planIds: string[] }
  /** `plan`: the plan (position in the parse) that broke a limit. */
  | { type: 'written'; ok: false; stopped: boolean; error: string; plan?: number }
