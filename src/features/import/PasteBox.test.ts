import { Text } from '@codemirror/state'
import { describe, expect, it } from 'vitest'
import { holdsText } from './PasteBox'

describe('holdsText', () => {
  it('is false for an empty or blank text, however long', () => {
    expect(holdsText(Text.empty)).toBe(false)
    expect(holdsText(Text.of(Array.from({ length: 5_000 }, () => ' \t　')))).toBe(false)
  })

  it('is true for text anywhere, also after thousands of blank lines', () => {
    expect(holdsText(Text.of(['一、总体要求']))).toBe(true)
    expect(holdsText(Text.of([...Array.from({ length: 5_000 }, () => '  '), '加强学习']))).toBe(
      true,
    )
  })
})
