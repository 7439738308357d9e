import { useCallback, useMemo, useState } from 'react'
import { settingKeys } from '../../db/schema'
import { setSetting } from '../../db/settingsRepo'
import { useSetting } from '../../data/useSetting'
import { normalizePrintSettings, type HeaderLines } from '../../domain/export/exportOptions'

/** The header lines (subtitle, unit, date) belong to one plan (`settingKeys.printHeader`). */
export function normalizeHeader(value: unknown): HeaderLines {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<HeaderLines>
  return {
    subtitle: typeof stored.subtitle === 'string' ? stored.subtitle : '',
    unit: stored.unit === true,
    date: typeof stored.date === 'string' ? stored.date : '',
  }
}

/**
 * A setting shown in a form: the user's edit shows at once (a controlled input must not wait for
 * IndexedDB), is written in the background, and gives way to the stored value once that matches.
 */
function useStoredSetting<T>(key: string, normalize: (value: unknown) => T) {
  const stored = useSetting<unknown>(key, null)
  const storedValue = useMemo(() => normalize(stored), [stored, normalize])
  const [draft, setDraft] = useState<{ key: string; value: T } | null>(null)
  const shown =
    draft && draft.key === key && JSON.stringify(draft.value) !== JSON.stringify(storedValue)
      ? draft.value
      : storedValue
  // One object per distinct value: the draft giving way to the equal stored value (or a re-read
  // from another tab) must not rebuild and re-measure every printed page.
  const json = JSON.stringify(shown)
  const current = useMemo(() => JSON.parse(json) as T, [json])
  const save = useCallback(
    (value: T) => {
      setDraft({ key, value })
      void setSetting(key, value)
    },
    [key],
  )
  return { loaded: stored !== undefined, value: current, save }
}

/** Print layout settings (global) and header lines (per plan), live from IndexedDB. */
export function usePrintSettings(planId: string) {
  const layout = useStoredSetting(settingKeys.printSettings, normalizePrintSettings)
  const header = useStoredSetting(settingKeys.printHeader(planId), normalizeHeader)
  return {
    loaded: layout.loaded && header.loaded,
    settings: layout.value,
    header: header.value,
    saveSettings: layout.save,
    saveHeader: header.save,
  }
}
