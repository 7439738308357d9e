import { describe, expect, it } from 'vitest'
import { guessTemplateKind, sortTemplates } from './sortTemplates'
import { testTemplate } from './testTemplate'

describe('sortTemplates', () => {
  it('lists built-ins in the app’s order, then the user’s own newest first', () => {
    const rows = [
      { ...testTemplate(), id: 'old', updatedAt: 1 },
      { ...testTemplate(), id: 'b3', builtinKey: 'blank-key-points' },
      { ...testTemplate(), id: 'new', updatedAt: 9 },
      { ...testTemplate(), id: 'b1', builtinKey: 'town-union' },
    ]
    const { builtin, own } = sortTemplates(rows)
    expect(builtin.map((row) => row.id)).toEqual(['b1', 'b3'])
    expect(own.map((row) => row.id)).toEqual(['new', 'old'])
  })

  it('guesses the kind from the unit', () => {
    expect(guessTemplateKind('某某镇总工会')).toBe('工会')
    expect(guessTemplateKind('某某镇人大主席团')).toBe('人大')
    expect(guessTemplateKind('某某县人民政府办公室')).toBe('政府')
    expect(guessTemplateKind('')).toBe('通用')
  })
})
