import * as v from 'valibot'
import type { Snapshot } from '../history/types'
import type { OutlineNode, Plan, RichNode } from '../outline/types'
import type { Phrase, PhraseCategory } from '../phrases/types'
import { TEMPLATE_KINDS, type Template } from '../templates/types'
import { BACKUP_FORMAT, type BackupFile, type BackupSetting } from './backupFile'
import { cleanRichDoc } from '../outline/cleanRichDoc'
import { parseIssuedDate } from '../outline/planClosing'
import { richNesting } from '../outline/richNesting'
import { LIMITS, overLimitWords } from '../limits/limits'

const time = v.pipe(v.number(), v.finite())
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
const attrs = v.optional(v.record(v.string(), v.unknown()))

/** ProseMirror JSON as Tiptap writes it; what the editor does not know is cleaned off below. */
const richNodeSchema: v.GenericSchema<RichNode> = v.object({
  type: v.string(),
  text: v.optional(v.string()),
  attrs,
  marks: v.optional(v.array(v.object({ type: v.string(), attrs }))),
  content: v.optional(v.array(v.lazy(() => richNodeSchema))),
})

/** The check message of a body nested deeper than the limit (readBackup names the limit). */
export const BODY_TOO_DEEP = overLimitWords('bodyNesting')

export const richDocSchema = v.pipe(
  v.unknown(),
  // Measured without recursion first: the schema below recurses once per level.
  v.check((doc) => richNesting(doc) <= LIMITS.bodyNesting, BODY_TOO_DEEP),
  richNodeSchema,
  v.check((node) => node.type === 'doc', '正文的最外层应为 doc'),
  v.transform(cleanRichDoc),
)

/** 主送, 附件说明, 落款, 成文日期 as stored on a plan (and a template's closing). */
const closingEntries = {
  recipient: v.optional(v.string()),
  attachments: v.optional(v.array(v.string())),
  signature: v.optional(v.string()),
  issuedOn: v.optional(
    v.pipe(
      v.string(),
      v.check((text) => parseIssuedDate(text) === text, '成文日期应为 2026-01-05 这样的日期'),
    ),
  ),
}

/** A template's closing fields (templates/types TemplateClosing): its date's plan year too. */
export const templateClosingSchema = v.object({
  ...closingEntries,
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(9999))),
})

const planSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  title: v.string(),
  unit: v.string(),
  year: v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(9999)),
  numbering: v.object({
    scheme: v.picklist(['standard', 'twoLevel', 'yishi']),
    continuousLevel2: v.boolean(),
  }),
  preamble: v.nullable(richDocSchema),
  createdAt: time,
  updatedAt: time,
  charCount: count,
  deletedAt: v.optional(time),
  sourcePlanId: v.optional(v.string()),
  keptYears: v.optional(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(9999))),
  ),
  // 主送, 附件说明, 落款, 成文日期 (domain/outline/planClosing): optional, older files have none.
  ...closingEntries,
  comparisonYears: v.optional(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(9999))),
  ),
})

const nodeSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  planId: v.string(),
  parentId: v.nullable(v.string()),
  orderKey: v.string(),
  title: v.string(),
  body: v.nullable(richDocSchema),
  rev: v.optional(count),
  sourceNodeId: v.optional(v.string()),
})

const phraseSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  text: v.string(),
  categoryId: v.string(),
  builtinKey: v.optional(v.string()),
  userEdited: v.optional(v.boolean()),
  hidden: v.optional(v.boolean()),
  favorite: v.optional(v.boolean()),
  useCount: count,
  lastUsedAt: time,
  createdAt: time,
})

const categorySchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  name: v.string(),
  order: v.pipe(v.number(), v.finite()),
  builtin: v.boolean(),
})

const snapshotSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  planId: v.string(),
  createdAt: time,
  label: v.string(),
  kind: v.picklist(['auto', 'manual', 'before-restore', 'before-bulk']),
  plan: planSchema,
  nodes: v.array(nodeSchema),
  charCount: count,
})

const templateSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  name: v.string(),
  kind: v.picklist(TEMPLATE_KINDS),
  description: v.string(),
  planTitle: v.string(),
  numbering: v.object({
    scheme: v.picklist(['standard', 'twoLevel', 'yishi']),
    continuousLevel2: v.boolean(),
  }),
  preamble: v.nullable(richDocSchema),
  nodes: v.array(
    v.object({
      id: v.pipe(v.string(), v.nonEmpty()),
      parentId: v.nullable(v.string()),
      orderKey: v.string(),
      title: v.string(),
      body: v.nullable(richDocSchema),
    }),
  ),
  withBodies: v.boolean(),
  closing: v.optional(templateClosingSchema),
  createdAt: time,
  updatedAt: time,
  itemCount: count,
  charCount: count,
  builtinKey: v.optional(v.string()),
  builtinVersion: v.optional(count),
})

const settingSchema = v.object({ key: v.pipe(v.string(), v.nonEmpty()), value: v.unknown() })

/** Each table's rows: a file is checked row by row (readBackup), so it can say how far it is. */
export const rowSchemas = {
  plans: planSchema,
  nodes: nodeSchema,
  phrases: phraseSchema,
  phraseCategories: categorySchema,
  snapshots: snapshotSchema,
  settings: settingSchema,
  templates: templateSchema,
} as const

export type TableName = keyof typeof rowSchemas

/** The tables in the order they are checked (and were before, as one schema). */
export const TABLE_NAMES = Object.keys(rowSchemas) as TableName[]

const rows = v.array(v.unknown())

/** The file around its rows: the rows themselves are checked one by one against rowSchemas. */
export const backupHeaderSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  appVersion: v.optional(v.string()),
  tables: v.strictObject({
    plans: rows,
    nodes: rows,
    phrases: rows,
    phraseCategories: rows,
    snapshots: rows,
    settings: rows,
    // Version 1 files have no templates table: read as none.
    templates: v.optional(rows, []),
  }),
})

/**
 * The whole file (its type is the app's BackupFile, checked below). `tables` is strict: a table this version does not know (a newer app's) is
 * refused rather than silently left out of a replace.
 */
export const backupFileSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  appVersion: v.optional(v.string()),
  tables: v.strictObject({
    plans: v.array(planSchema),
    nodes: v.array(nodeSchema),
    phrases: v.array(phraseSchema),
    phraseCategories: v.array(categorySchema),
    snapshots: v.array(snapshotSchema),
    settings: v.array(settingSchema),
    // Version 1 files have no templates table: read as none.
    templates: v.optional(v.array(templateSchema), []),
  }),
})

// The schema's output must be the app's own row types: these fail to compile if they drift.
type Output = v.InferOutput<typeof backupFileSchema>
type Row<Table extends keyof Output['tables']> = Output['tables'][Table][number]
type Fits<Actual extends Expected, Expected> = [Actual, Expected]
export type BackupSchemaFitsRowTypes = [
  Fits<Output, BackupFile>,
  Fits<Row<'plans'>, Plan>,
  Fits<Row<'nodes'>, OutlineNode>,
  Fits<Row<'phrases'>, Phrase>,
  Fits<Row<'phraseCategories'>, PhraseCategory>,
  Fits<Row<'snapshots'>, Snapshot>,
  Fits<Row<'settings'>, BackupSetting>,
  Fits<Row<'templates'>, Template>,
]
