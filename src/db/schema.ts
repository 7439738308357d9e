import yDexie from 'y-dexie'
import Dexie, { type EntityTable } from 'dexie'
import type { Snapshot } from '../domain/history/types'
import type { OutlineNode, Plan } from '../domain/outline/types'
import type { Phrase, PhraseCategory } from '../domain/phrases/types'
import type { Template } from '../domain/templates/types'
import { upgradeToV7, type MigrationBackupRow } from './migrationBackup'

/** Table names and indexes, in one place. Bump the version (with an upgrade) on any change. */
export const DB_NAME = 'plandraft'

export const schemaV1 = {
  plans: 'id, updatedAt',
  nodes: 'id, planId',
  phrases: 'id, categoryId, builtinKey, lastUsedAt',
  phraseCategories: 'id',
  settings: 'key',
} as const

/** Version 2: typing goes to a draft row, so a keystroke's save does not re-read the plan. */
export const schemaV2 = { ...schemaV1, drafts: 'nodeId, planId' } as const

/**
 * Version 3: version history (snapshots of a plan, listed per plan by time) and the trash (a
 * plan's `deletedAt`, indexed: rows without it are not in the index, so the trash reads only its own).
 * No upgrade function: an existing plan has no `deletedAt`, i.e. it is in the library.
 */
export const schemaV3 = {
  ...schemaV2,
  plans: 'id, updatedAt, deletedAt',
  snapshots: 'id, planId, [planId+createdAt]',
} as const

/**
 * Version 4: templates (模板), the built-ins (by builtinKey, replaced on an app update) and the
 * user's own. No upgrade function: an existing database simply has none yet; the built-ins are
 * written when the gallery first opens.
 */
export const schemaV4 = { ...schemaV3, templates: 'id, builtinKey, updatedAt' } as const

/**
 * Version 5: a plan row may hold 主送, 附件说明, 落款 and 成文日期 (`recipient`, `attachments`,
 * `signature`, `issuedOn`, see domain/outline/planClosing). None is indexed; the upgrade only
 * drops what an older build could not have written right (an empty value), so a plan of version 4
 * reads as one without a closing, which prints and exports exactly as before.
 */
export const schemaV5 = { ...schemaV4 } as const

/**
 * Version 6: a plan's content has one home, its Yjs document (`plans.doc`, kept by y-dexie in its
 * own updates table, docs/design/document-model.md). No upgrade function: a plan whose document
 * is still empty is made from its rows when it is first opened (db/planDocuments.ts), which is
 * the migration of every earlier plan and the first load of every new one.
 */
export const schemaV6 = { ...schemaV5, plans: 'id, updatedAt, deletedAt, doc: Y.Doc' } as const

/**
 * Version 7: the `drafts` table goes (the document replaced it; leftover drafts are folded into
 * their items first) and `migrationBackups` comes: the upgrade keeps the whole database once as a
 * 备份全部数据 file's text (db/migrationBackup.ts) before any plan is made a document. The
 * `nodes` table stays: it is the rows index every reader reads, written from the documents.
 */
export const schemaV7 = { ...schemaV6, drafts: null, migrationBackups: 'id' } as const

/** y-dexie's table of a plan document's updates (`k`: the plan id, `u`: one update). */
export const DOC_UPDATES_TABLE = '$plans.doc_updates'

/** The version-5 upgrade of one plan row: empty closing fields removed. */
export function upgradePlanToV5(plan: Record<string, unknown>): void {
  for (const field of ['recipient', 'signature', 'issuedOn'])
    if (field in plan && (typeof plan[field] !== 'string' || plan[field] === '')) delete plan[field]
  if ('attachments' in plan && (!Array.isArray(plan.attachments) || plan.attachments.length === 0))
    delete plan.attachments
}

/** Keys of the settings table, in one place. */
export const settingKeys = {
  /** Version of the built-in phrase set written to this database. */
  builtinPhrasesVersion: 'builtinPhrasesVersion',
  /** Page layout for printing and .docx (PrintSettings). */
  printSettings: 'printSettings',
  /** A plan's print header line. */
  printHeader: (planId: string) => `printHeader:${planId}`,
  /** The report of a plan made by 复制为新年度计划 (RolloverReport), kept on the new plan's id. */
  rolloverReport: (planId: string) => `rolloverReport:${planId}`,
  /** Whether the phrase panel is open beside the plan. */
  phrasePanelOpen: 'phrasePanelOpen',
  /** Width of the outline pane in CSS pixels (null: the default). */
  outlinePaneWidth: 'outlinePaneWidth',
  /** When 备份全部数据 last ran (ms): the backup reminder counts edits since then. */
  lastBackupAt: 'lastBackupAt',
  /** When the backup reminder was last dismissed (ms): it stays away for 7 days. */
  backupReminderDismissedAt: 'backupReminderDismissedAt',
  /**
   * A random id written once into each database: a database made anew (by the browser, after a
   * full disk) has another, so a start can tell lost plans from deleted ones (storeLoss).
   */
  databaseId: 'databaseId',
  /** A plan's 团队协作 connection (TeamServerSetting: server address and 协作码). */
  teamServer: (planId: string) => `teamServer:${planId}`,
  /** The name this user shows to colleagues in 团队协作. */
  teamUserName: 'teamUserName',
} as const

/** A key/value row for app settings (print layout, panel state, built-in phrase version…). */
export interface SettingRow {
  key: string
  value: unknown
}

export type PlanDraftDb = Dexie & {
  plans: EntityTable<Plan, 'id'>
  nodes: EntityTable<OutlineNode, 'id'>
  phrases: EntityTable<Phrase, 'id'>
  phraseCategories: EntityTable<PhraseCategory, 'id'>
  settings: EntityTable<SettingRow, 'key'>
  snapshots: EntityTable<Snapshot, 'id'>
  templates: EntityTable<Template, 'id'>
  migrationBackups: EntityTable<MigrationBackupRow, 'id'>
}

export function openDb(name = DB_NAME): PlanDraftDb {
  // Immutable cache: live queries share frozen rows instead of deep-cloning 2,000 of them per change.
  // y-dexie's periodic compaction of document updates runs in a worker instead (gc: false here,
  // db/documentCompaction.ts): on the page it froze typing for a second on a large plan.
  const addons = [yDexie({ gc: false }) as (db: Dexie) => void]
  const db = new Dexie(name, { cache: 'immutable', addons }) as PlanDraftDb
  // The first upgrade to run names the version the database had (a new one runs none).
  let fromVersion: number | undefined
  const from = (version: number) => () => {
    fromVersion ??= version - 1
  }
  db.version(1).stores(schemaV1)
  db.version(2).stores(schemaV2).upgrade(from(2))
  db.version(3).stores(schemaV3).upgrade(from(3))
  db.version(4).stores(schemaV4).upgrade(from(4))
  db.version(5)
    .stores(schemaV5)
    .upgrade((tx) => {
      from(5)()
      return tx
        .table('plans')
        .toCollection()
        .modify((plan: Record<string, unknown>) => upgradePlanToV5(plan))
    })
  db.version(6).stores(schemaV6).upgrade(from(6))
  db.version(7)
    .stores(schemaV7)
    .upgrade((tx) => {
      from(7)()
      const upgradedFrom = fromVersion ?? 6
      // The connection may be opened again (after a delete): the next upgrade names its own.
      fromVersion = undefined
      return upgradeToV7(tx, upgradedFrom, Date.now())
    })
  return db
}
