import type { ScriptFold } from './findOptions'

// Characters that OpenCC keeps but writers use interchangeably (as the phrase search folds them).
const EXTRA_FOLDS: Record<string, string> = { 著: '着', 裡: '里', 裏: '里', 綫: '线' }

let loading: Promise<ScriptFold> | null = null

/**
 * Traditional → Simplified one character at a time, from opencc-js loaded on first use (only
 * when 简繁视为相同 is switched on). A character that would not stay one character is kept.
 */
export function loadScriptFold(): Promise<ScriptFold> {
  loading ??= import('opencc-js/t2cn').then((opencc) => {
    const convert = opencc.Converter({ from: 't', to: 'cn' })
    const cache = new Map<string, string>()
    return (character) => {
      let folded = cache.get(character)
      if (folded === undefined) {
        const converted = EXTRA_FOLDS[character] ?? convert(character)
        folded = converted.length === 1 ? converted : character
        cache.set(character, folded)
      }
      return folded
    }
  })
  return loading
}
