import { templateCounts } from './templateCounts'
import type { BuiltinTemplate, Template } from './types'

/** Rows to write so the stored built-ins match the app's set. Empty when nothing changes. */
export interface BuiltinTemplatePatch {
  put: Template[]
  deleteIds: string[]
}

/** Whether the stored built-ins are the current set (so the data need not even be loaded). */
export function builtinTemplatesCurrent(
  stored: readonly Pick<Template, 'builtinKey' | 'builtinVersion'>[],
  keys: readonly string[],
  version: number,
): boolean {
  const current = new Set(
    stored.filter((row) => row.builtinVersion === version).map((row) => row.builtinKey),
  )
  const builtins = stored.filter((row) => row.builtinKey !== undefined)
  return builtins.length === keys.length && keys.every((key) => current.has(key))
}

/**
 * Brings the stored built-in templates to the app's set: each built-in is written fresh (keeping
 * its id and creation time), new ones are added, ones dropped from the set are deleted, and a
 * second row of the same key (two tabs seeding at once) goes. Templates without `builtinKey` —
 * the user's own, including their copies of a built-in — are never touched.
 */
export function planBuiltinTemplateUpgrade(
  stored: readonly Template[],
  builtins: readonly BuiltinTemplate[],
  options: { version: number; now: number; newId: () => string },
): BuiltinTemplatePatch {
  const byKey = new Map<string, Template>()
  const deleteIds: string[] = []
  for (const row of stored) {
    if (row.builtinKey === undefined) continue
    if (byKey.has(row.builtinKey)) deleteIds.push(row.id)
    else byKey.set(row.builtinKey, row)
  }
  const keys = new Set(builtins.map((builtin) => builtin.key))
  for (const [key, row] of byKey) if (!keys.has(key)) deleteIds.push(row.id)
  const put = builtins.flatMap(({ key, ...builtin }): Template[] => {
    const old = byKey.get(key)
    if (old?.builtinVersion === options.version) return []
    return [
      {
        ...builtin,
        id: old?.id ?? options.newId(),
        createdAt: old?.createdAt ?? options.now,
        updatedAt: options.now,
        builtinKey: key,
        builtinVersion: options.version,
        ...templateCounts(builtin),
      },
    ]
  })
  return { put, deleteIds }
}
