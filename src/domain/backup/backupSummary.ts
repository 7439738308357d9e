import type { BackupFile } from './backupFile'

/** What the restore dialog shows before anything is written. */
export interface BackupSummary {
  exportedAt: Date
  plans: { id: string; title: string; year: number; inTrash: boolean }[]
  nodes: number
  phrases: number
  /** Phrases the user wrote (not built-in). */
  ownPhrases: number
  snapshots: number
  /** The user's own templates (built-ins are the app's and not restored by a merge). */
  ownTemplates: number
}

export function summarizeBackup({ exportedAt, tables }: BackupFile): BackupSummary {
  return {
    exportedAt: new Date(exportedAt),
    plans: [...tables.plans]
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .map(({ id, title, year, deletedAt }) => ({ id, title, year, inTrash: Boolean(deletedAt) })),
    nodes: tables.nodes.length,
    phrases: tables.phrases.length,
    ownPhrases: tables.phrases.filter((phrase) => !phrase.builtinKey).length,
    snapshots: tables.snapshots.length,
    ownTemplates: tables.templates.filter((template) => !template.builtinKey).length,
  }
}
