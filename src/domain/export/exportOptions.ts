import type { NumberingScheme } from '../outline/types'

/** Lines printed under the title; all optional. */
export interface HeaderLines {
  /** e.g. （2026年1月8日镇总工会委员会议通过） */
  subtitle: string
  /** Print the plan's unit (单位) on its own line under the title. */
  unit: boolean
  /** e.g. 2026年1月8日 */
  date: string
}

/** What to export; the layout (fonts, pitch) is in PrintSettings. */
export interface ExportOptions {
  scope: 'plan' | 'subtree'
  /** The subtree's root when scope is 'subtree'. */
  subtreeId: string | null
  /** 'outline' is the 提纲: headings only, no bodies and no preamble. */
  content: 'full' | 'outline'
  /** null keeps the plan's own scheme. */
  scheme: NumberingScheme | null
  /** Per level (index 0 = level 1): run the heading into its first body paragraph. Deeper levels reuse the last entry. */
  runInLevels: readonly boolean[]
  header: HeaderLines
}

export const DEFAULT_RUN_IN_LEVELS: readonly boolean[] = [false, false, true, true, true]

export const EMPTY_HEADER: HeaderLines = { subtitle: '', unit: false, date: '' }

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  scope: 'plan',
  subtreeId: null,
  content: 'full',
  scheme: null,
  runInLevels: DEFAULT_RUN_IN_LEVELS,
  header: EMPTY_HEADER,
}

/** Whether headings at `level` (1-based) run into their body. */
export function isRunInLevel(runInLevels: readonly boolean[], level: number): boolean {
  if (runInLevels.length === 0) return false
  return runInLevels[Math.min(level, runInLevels.length) - 1]
}

/** Layout of the printed page and the .docx; persisted as the 'printSettings' setting. */
export interface PrintSettings {
  runInLevels: boolean[]
  boldLevel2: boolean
  boldLevel3: boolean
  /** Fixed line pitch in points; 28.95 gives 22 lines in the 225 mm type area. */
  linePitchPt: number
  /** 'outside': odd pages right, even pages left (GB/T 9704); 'centre': centred on every page. */
  pageNumbers: 'outside' | 'centre'
}

export const DEFAULT_LINE_PITCH_PT = 28.95

export const DEFAULT_PRINT_SETTINGS: PrintSettings = {
  runInLevels: [...DEFAULT_RUN_IN_LEVELS],
  boldLevel2: false,
  boldLevel3: false,
  linePitchPt: DEFAULT_LINE_PITCH_PT,
  pageNumbers: 'outside',
}

/** A stored value merged over the defaults, so settings saved by an older version still load. */
export function normalizePrintSettings(value: unknown): PrintSettings {
  const stored = (
    typeof value === 'object' && value !== null ? value : {}
  ) as Partial<PrintSettings>
  const pitch = Number(stored.linePitchPt)
  return {
    runInLevels:
      Array.isArray(stored.runInLevels) && stored.runInLevels.length > 0
        ? stored.runInLevels.map(Boolean)
        : [...DEFAULT_RUN_IN_LEVELS],
    boldLevel2: stored.boldLevel2 === true,
    boldLevel3: stored.boldLevel3 === true,
    linePitchPt:
      Number.isFinite(pitch) && pitch >= 16 && pitch <= 60 ? pitch : DEFAULT_LINE_PITCH_PT,
    pageNumbers: stored.pageNumbers === 'centre' ? 'centre' : 'outside',
  }
}
