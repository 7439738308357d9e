import { describe, expect, it } from 'vitest'
import { BUILTIN_PHRASES } from './builtinPhrases.data'
import { BUILTIN_CATEGORIES, MY_PHRASES_CATEGORY_ID } from './categories'

describe('built-in phrases', () => {
  it('has at least 250 formulations with unique keys and texts', () => {
    expect(BUILTIN_PHRASES.length).toBeGreaterThanOrEqual(250)
    expect(new Set(BUILTIN_PHRASES.map((phrase) => phrase.key)).size).toBe(BUILTIN_PHRASES.length)
    expect(new Set(BUILTIN_PHRASES.map((phrase) => phrase.text)).size).toBe(BUILTIN_PHRASES.length)
  })

  it('fills every built-in category except the user’s own', () => {
    for (const category of BUILTIN_CATEGORIES) {
      const count = BUILTIN_PHRASES.filter((phrase) => phrase.category === category.id).length
      if (category.id === MY_PHRASES_CATEGORY_ID) expect(count).toBe(0)
      else expect(count, category.name).toBeGreaterThanOrEqual(15)
    }
  })

  it('is Simplified Chinese with ×× slots, no xx placeholders', () => {
    for (const phrase of BUILTIN_PHRASES) {
      expect(phrase.text).not.toMatch(/[為維護職勞關係羣眾衆會於與]/)
      expect(phrase.text).not.toMatch(/xx/i)
      expect(phrase.text.trim()).toBe(phrase.text)
    }
    expect(BUILTIN_PHRASES.find((phrase) => phrase.key === 'theme-01')?.text).toBe(
      '以××为主题，以××为主线，以××为重点',
    )
  })
})
