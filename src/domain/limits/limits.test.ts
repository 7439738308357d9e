import { describe, expect, it } from 'vitest'
import { LIMITS, overLimitMessage } from './limits'

describe('overLimitMessage', () => {
  it('names the limit in Chinese with its amount and says nothing changed', () => {
    expect(overLimitMessage('outlineDepth')).toBe('大纲层级超过 12 层，无法导入。未做任何更改。')
    expect(overLimitMessage('importLines')).toBe(
      '导入的文本超过 100,000 行，无法导入。未做任何更改。',
    )
    expect(overLimitMessage('backupBytes', '恢复')).toBe(
      '备份文件超过 200 MB，无法恢复。未做任何更改。',
    )
  })

  it('keeps the limits where real plans never reach them', () => {
    expect(LIMITS.outlineDepth).toBeGreaterThanOrEqual(8)
    expect(LIMITS.itemsPerPlan).toBeGreaterThan(10_000)
  })
})
