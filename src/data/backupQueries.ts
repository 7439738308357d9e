import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../db/db'
import { listMigrationBackups, type MigrationBackupInfo } from '../db/migrationBackupRepo'

/**
 * When the data was edited, for the backup reminder: every plan's creation and last edit (trash
 * included) and every version's time (taken while editing); keys only, no snapshot rows.
 */
export function useEditTimes(): number[] | undefined {
  return useLiveQuery(async () => {
    const plans = await db.plans.toArray()
    const versions = await db.snapshots.orderBy('[planId+createdAt]').keys()
    return [
      ...plans.flatMap((plan) => [plan.createdAt, plan.updatedAt]),
      ...versions.map((key) => (key as unknown as [string, number])[1]),
    ]
  }, [])
}

/** The backups upgrades kept in the database (升级前的备份), newest first. */
export function useMigrationBackups(): MigrationBackupInfo[] | undefined {
  return useLiveQuery(() => listMigrationBackups(), [])
}
