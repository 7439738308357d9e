import type { BuiltinPhrase } from './builtinPhrases.data'
import { builtinCategoryRows } from './categories'
import type { Phrase, PhraseCategory } from './types'

/** Rows to write so the stored library matches a (new) built-in set. Empty when nothing changes. */
export interface BuiltinUpgradePatch {
  putCategories: PhraseCategory[]
  putPhrases: Phrase[]
  deletePhraseIds: string[]
}

export function isEmptyUpgrade(patch: BuiltinUpgradePatch): boolean {
  return (
    patch.putCategories.length === 0 &&
    patch.putPhrases.length === 0 &&
    patch.deletePhraseIds.length === 0
  )
}

/**
 * Brings stored built-ins up to date with `builtins` without touching what the user did:
 * - new built-ins are added;
 * - changed built-ins get the new text/category, keeping favourite, hidden and usage;
 * - built-ins the user edited are left as they are;
 * - built-ins dropped from the set are deleted unless the user edited, favourited or used them,
 *   in which case they stay as the user's own phrases;
 * - user phrases and user categories are never touched.
 */
export function planBuiltinUpgrade(
  storedPhrases: readonly Phrase[],
  storedCategories: readonly PhraseCategory[],
  builtins: readonly BuiltinPhrase[],
  options: { now: number; newId: () => string },
): BuiltinUpgradePatch {
  const putCategories = builtinCategoryRows().filter((category) => {
    const stored = storedCategories.find((row) => row.id === category.id)
    return (
      !stored || stored.name !== category.name || stored.order !== category.order || !stored.builtin
    )
  })

  const storedByKey = new Map<string, Phrase>()
  for (const phrase of storedPhrases)
    if (phrase.builtinKey !== undefined && !storedByKey.has(phrase.builtinKey))
      storedByKey.set(phrase.builtinKey, phrase)

  const putPhrases: Phrase[] = []
  const newKeys = new Set<string>()
  for (const builtin of builtins) {
    newKeys.add(builtin.key)
    const stored = storedByKey.get(builtin.key)
    if (!stored) {
      putPhrases.push({
        id: options.newId(),
        text: builtin.text,
        categoryId: builtin.category,
        builtinKey: builtin.key,
        useCount: 0,
        lastUsedAt: 0,
        createdAt: options.now,
      })
    } else if (
      !stored.userEdited &&
      (stored.text !== builtin.text || stored.categoryId !== builtin.category)
    ) {
      putPhrases.push({ ...stored, text: builtin.text, categoryId: builtin.category })
    }
  }

  const deletePhraseIds: string[] = []
  for (const phrase of storedPhrases) {
    if (phrase.builtinKey === undefined || newKeys.has(phrase.builtinKey)) continue
    const touched = phrase.userEdited || phrase.favorite || phrase.useCount > 0
    if (touched) {
      const own: Phrase = { ...phrase }
      delete own.builtinKey
      putPhrases.push(own)
    } else {
      deletePhraseIds.push(phrase.id)
    }
  }
  return { putCategories, putPhrases, deletePhraseIds }
}
