import { describe, expect, it } from 'vitest'
import { DEFAULT_PRINT_SETTINGS, isRunInLevel, normalizePrintSettings } from './exportOptions'

describe('isRunInLevel', () => {
  it('reads the per-level setting, deeper levels reusing the last one', () => {
    const levels = [false, false, true]
    expect([1, 2, 3, 4, 7].map((level) => isRunInLevel(levels, level))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ])
    expect(isRunInLevel([], 3)).toBe(false)
  })
})

describe('normalizePrintSettings', () => {
  it('gives the defaults (28.95 pt, levels 3+ run in, outside page numbers) for nothing stored', () => {
    expect(normalizePrintSettings(undefined)).toEqual(DEFAULT_PRINT_SETTINGS)
    expect(DEFAULT_PRINT_SETTINGS.linePitchPt).toBe(28.95)
    expect(DEFAULT_PRINT_SETTINGS.runInLevels).toEqual([false, false, true, true, true])
  })

  it('keeps valid stored values and repairs broken ones', () => {
    expect(
      normalizePrintSettings({ linePitchPt: 29, pageNumbers: 'centre', boldLevel2: true }),
    ).toMatchObject({ linePitchPt: 29, pageNumbers: 'centre', boldLevel2: true, boldLevel3: false })
    expect(normalizePrintSettings({ linePitchPt: 'big', pageNumbers: 'top' })).toMatchObject({
      linePitchPt: 28.95,
      pageNumbers: 'outside',
    })
  })
})
