import { findNewerInCopy, readCopyTables, recoverPlansFromCopy } from '../../db/copyRecovery'
import { readLocalCopy, unmarkLocalCopy } from '../../db/localCopyFiles'
import type { NewerInCopy } from '../../domain/backup/plansNewerInCopy'
import { acceptStore } from '../../store/checkStoreOnStart'
import { useEditorStore } from '../../store/editorStore'
import { copyFromDatabaseNow } from '../../store/localCopySchedule'
import { flushPendingEdits } from '../../store/pendingEdits'
import { useUndoStore } from '../../store/undoStore'
import type { LibraryCommand } from './libraryCommand'

/**
 * The database as it is now is kept: the copy's mark goes at once (not offered again at the next
 * start), and the copy is written from the database now.
 */
async function keepDatabase(copiedAt: number): Promise<void> {
  await unmarkLocalCopy().catch(() => undefined)
  await acceptStore(copiedAt)
  await copyFromDatabaseNow()
}

/**
 * 找回这些内容: the copy written from memory while the disk was full (see checkStoreOnStart) is
 * read again; each plan offered at start (or, without them, each plan it holds newer than the
 * database now) whose content still differs gets the copy's
 * content in its document (a version 找回之前 kept first; undo starts afresh), plans only the
 * copy holds are added. Then the copy is written from the database as usual. Returns the number
 * of plans found back; rejects with a Chinese message (nothing changed then).
 */
export const recoverFromCopyCommand: LibraryCommand<NewerInCopy | undefined, number> = {
  name: 'recoverFromCopy',
  label: '找回这些内容',
  perform: async (offered) => {
    const copy = await readLocalCopy()
    if (!copy) throw new Error('找不到本机副本。')
    const tables = await readCopyTables(copy.file)
    if (!tables) throw new Error('本机副本无法读取。')
    const found = offered ?? (await findNewerInCopy(tables, copy.record.at))
    // Open fields are written and closed: a live editor would keep the old text.
    await flushPendingEdits()
    const editor = useEditorStore.getState()
    editor.stopEditing()
    editor.startRenaming(null)
    const recovered = await recoverPlansFromCopy(tables, found)
    for (const planId of found.changed) useUndoStore.getState().reset(planId)
    await keepDatabase(copy.record.at)
    return recovered
  },
}

/** 不找回: the database is kept as it is; the copy is written from it now (the found text goes). */
export const skipCopyRecoveryCommand: LibraryCommand<void, void> = {
  name: 'skipCopyRecovery',
  label: '不找回',
  perform: async () => {
    const copy = await readLocalCopy().catch(() => null)
    await keepDatabase(copy?.record.at ?? 0)
  },
}
