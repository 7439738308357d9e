/** Settings that belong to one plan: their key ends with the plan's id (db/schema settingKeys). */
const PLAN_SETTING_PREFIXES = ['printHeader:', 'rolloverReport:'] as const

/** The plan a setting belongs to, or null for an app-wide setting. */
export function planIdOfSetting(key: string): string | null {
  const prefix = PLAN_SETTING_PREFIXES.find((start) => key.startsWith(start))
  return prefix ? key.slice(prefix.length) : null
}

/** The same setting for a plan that got a new id (a merge of a clashing plan). */
export function settingKeyForPlan(key: string, planId: string): string {
  const prefix = PLAN_SETTING_PREFIXES.find((start) => key.startsWith(start))
  return prefix ? `${prefix}${planId}` : key
}

/** The prefix of a plan's team server setting (`teamServer:<planId>`, db/schema settingKeys). */
const TEAM_SERVER_PREFIX = 'teamServer:'

/** The plan whose team server a setting names, or null for any other setting. */
export function teamServerPlanId(key: string): string | null {
  return key.startsWith(TEAM_SERVER_PREFIX) ? key.slice(TEAM_SERVER_PREFIX.length) : null
}

/** App-wide settings whose value the app uses as it is (the others are normalised on read). */
const VALUE_TYPES: Record<string, (value: unknown) => boolean> = {
  builtinPhrasesVersion: (value) => typeof value === 'number' || typeof value === 'string',
  phrasePanelOpen: (value) => typeof value === 'boolean',
  outlinePaneWidth: (value) => value === null || typeof value === 'number',
  lastBackupAt: (value) => typeof value === 'number',
  backupReminderDismissedAt: (value) => typeof value === 'number',
  databaseId: (value) => typeof value === 'string',
}

/** Whether a setting's value is usable; a key like `__proto__` is no setting of this app. */
export const settingValueFits = (key: string, value: unknown): boolean =>
  Object.hasOwn(VALUE_TYPES, key) ? VALUE_TYPES[key](value) : true

/** This browser's own bookkeeping: never taken from another file by a merge. */
export const LOCAL_SETTING_KEYS: readonly string[] = [
  'lastBackupAt',
  'backupReminderDismissedAt',
  'databaseId',
]
