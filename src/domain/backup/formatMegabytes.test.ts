import { describe, expect, it } from 'vitest'
import { formatMegabytes } from './formatMegabytes'

describe('formatMegabytes', () => {
  it('shows megabytes with one decimal, small amounts with two', () => {
    expect(formatMegabytes(0)).toBe('0.0 MB')
    expect(formatMegabytes(1024 * 1024 * 1.25)).toBe('1.3 MB')
    expect(formatMegabytes(30_000)).toBe('0.03 MB')
    expect(formatMegabytes(1024 * 1024 * 1234.5)).toBe('1,234.5 MB')
  })
})
