/** Settings keys of plans' team connections (db/schema settingKeys.teamServer). */
export const TEAM_SERVER_PREFIX = 'teamServer:'

/**
 * Settings rows as a backup file (or local copy) carries them: a plan's team connection without
 * any 协作码 an earlier build kept in it, so no file holds a code.
 */
export function withoutTeamCodes<Row extends { key: string; value: unknown }>(rows: Row[]): Row[] {
  return rows.map((row) => {
    if (!row.key.startsWith(TEAM_SERVER_PREFIX)) return row
    const value = row.value
    if (typeof value !== 'object' || value === null || !('code' in value)) return row
    const rest: Record<string, unknown> = { ...value }
    delete rest.code
    return { ...row, value: rest }
  })
}
