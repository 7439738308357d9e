import { useCallback, useMemo } from 'react'
import { setSetting, useSetting } from '../../db/settingsRepo'
import {
  EMPTY_HEADER,
  normalizePrintSettings,
  type HeaderLines,
  type PrintSettings,
} from '../../domain/export/exportOptions'

export const PRINT_SETTINGS_KEY = 'printSettings'

/** The header lines (subtitle, unit, date) belong to one plan. */
export const printHeaderKey = (planId: string) => `printHeader:${planId}`

export function normalizeHeader(value: unknown): HeaderLines {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<HeaderLines>
  return {
    subtitle: typeof stored.subtitle === 'string' ? stored.subtitle : '',
    unit: stored.unit === true,
    date: typeof stored.date === 'string' ? stored.date : '',
  }
}

/** Print layout settings (global) and header lines (per plan), live from IndexedDB. */
export function usePrintSettings(planId: string) {
  const stored = useSetting<unknown>(PRINT_SETTINGS_KEY, null)
  const storedHeader = useSetting<unknown>(printHeaderKey(planId), EMPTY_HEADER)
  const loaded = stored !== undefined && storedHeader !== undefined
  const settings = useMemo(() => normalizePrintSettings(stored), [stored])
  const header = useMemo(() => normalizeHeader(storedHeader), [storedHeader])
  const saveSettings = useCallback(
    (next: PrintSettings) => setSetting(PRINT_SETTINGS_KEY, next),
    [],
  )
  const saveHeader = useCallback(
    (next: HeaderLines) => setSetting(printHeaderKey(planId), next),
    [planId],
  )
  return { loaded, settings, header, saveSettings, saveHeader }
}
