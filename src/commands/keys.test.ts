import { describe, expect, it } from 'vitest'
import { keyLabel, matchesKeys } from './keys'

const event = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('key bindings', () => {
  it('match exactly the modifiers named', () => {
    expect(matchesKeys(event('ArrowUp', { altKey: true }), ['Alt+ArrowUp'])).toBe(true)
    expect(matchesKeys(event('ArrowUp'), ['Alt+ArrowUp'])).toBe(false)
    expect(matchesKeys(event('Tab', { shiftKey: true }), ['Tab'])).toBe(false)
    expect(matchesKeys(event('D', { ctrlKey: true, shiftKey: false }), ['Ctrl+D'])).toBe(true)
    expect(matchesKeys(event('d', { metaKey: true }), ['Ctrl+D'])).toBe(true)
  })

  it('show as the user reads them', () => {
    expect(keyLabel(['Alt+ArrowDown'])).toBe('Alt+↓')
    expect(keyLabel(undefined)).toBeUndefined()
  })
})
