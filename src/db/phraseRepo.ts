import type { BuiltinPhrase } from '../domain/phrases/builtinPhrases.data'
import { BUILTIN_PHRASES_VERSION } from '../domain/phrases/builtinPhrasesVersion'
import { isEmptyUpgrade, planBuiltinUpgrade } from '../domain/phrases/builtinUpgrade'
import { categoryNameError, sortCategories } from '../domain/phrases/categories'
// The phrase file format loads when a file is exported or imported, not with the app.
import type { PhraseFile } from '../domain/phrases/phraseFile'
import { phraseTextError } from '../domain/phrases/phraseLists'
import type { Phrase } from '../domain/phrases/types'
import { newId } from '../domain/newId'
import { db } from './db'
import { settingKeys } from './schema'

/** A rejected user action; the message is a Chinese sentence to show as it is. */
export class PhraseInputError extends Error {}

/**
 * Writes the built-in categories and phrases on first start, and upgrades them when the app's
 * built-in set is newer, keeping the user's edits, favourites and hidden flags.
 */
export async function ensureBuiltinPhrases(
  given?: readonly BuiltinPhrase[],
  version = BUILTIN_PHRASES_VERSION,
): Promise<void> {
  // The usual start: the stored set is current, and the phrases (~8 KB) are not even loaded.
  const current = await db.settings.get(settingKeys.builtinPhrasesVersion)
  if (current?.value === version) return
  const builtins = given ?? (await import('../domain/phrases/builtinPhrases.data')).BUILTIN_PHRASES
  await db.transaction('rw', db.phrases, db.phraseCategories, db.settings, async () => {
    const stored = await db.settings.get(settingKeys.builtinPhrasesVersion)
    if (stored?.value === version) return
    const patch = planBuiltinUpgrade(
      await db.phrases.toArray(),
      await db.phraseCategories.toArray(),
      builtins,
      { now: Date.now(), newId },
    )
    if (!isEmptyUpgrade(patch)) {
      await db.phraseCategories.bulkPut(patch.putCategories)
      await db.phrases.bulkPut(patch.putPhrases)
      await db.phrases.bulkDelete(patch.deletePhraseIds)
    }
    await db.settings.put({ key: settingKeys.builtinPhrasesVersion, value: version })
  })
}

// Own phrases are listed by creation time: two added within one millisecond keep their order.
let lastCreatedAt = 0
const creationTime = () => (lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1))

export async function addPhrase(text: string, categoryId: string): Promise<string> {
  const problem = phraseTextError(text)
  if (problem) throw new PhraseInputError(problem)
  const id = newId()
  await db.transaction('rw', db.phrases, db.phraseCategories, async () => {
    if (!(await db.phraseCategories.get(categoryId))) throw new PhraseInputError('分类不存在')
    await db.phrases.add({
      id,
      text: text.trim(),
      categoryId,
      useCount: 0,
      lastUsedAt: 0,
      createdAt: creationTime(),
    })
  })
  return id
}

/** Edits text and/or category. A built-in edited this way is left alone by later upgrades. */
export async function editPhrase(
  id: string,
  changes: { text?: string; categoryId?: string },
): Promise<void> {
  if (changes.text !== undefined) {
    const problem = phraseTextError(changes.text)
    if (problem) throw new PhraseInputError(problem)
  }
  await db.transaction('rw', db.phrases, db.phraseCategories, async () => {
    const phrase = await db.phrases.get(id)
    if (!phrase) throw new PhraseInputError('这条常用语已不存在')
    if (changes.categoryId !== undefined && !(await db.phraseCategories.get(changes.categoryId)))
      throw new PhraseInputError('分类不存在')
    const next: Phrase = {
      ...phrase,
      text: changes.text?.trim() ?? phrase.text,
      categoryId: changes.categoryId ?? phrase.categoryId,
    }
    if (next.text === phrase.text && next.categoryId === phrase.categoryId) return
    if (phrase.builtinKey !== undefined) next.userEdited = true
    await db.phrases.put(next)
  })
}

export function movePhrase(id: string, categoryId: string): Promise<void> {
  return editPhrase(id, { categoryId })
}

/** Deletes a user phrase. Built-ins are never destroyed: they are hidden instead. */
export async function deletePhrase(id: string): Promise<void> {
  await db.transaction('rw', db.phrases, async () => {
    const phrase = await db.phrases.get(id)
    if (!phrase) return
    if (phrase.builtinKey !== undefined) await db.phrases.update(id, { hidden: true })
    else await db.phrases.delete(id)
  })
}

export async function setPhraseHidden(id: string, hidden: boolean): Promise<void> {
  await db.transaction('rw', db.phrases, async () => {
    await db.phrases.update(id, { hidden })
  })
}

export async function setPhraseFavorite(id: string, favorite: boolean): Promise<void> {
  await db.transaction('rw', db.phrases, async () => {
    await db.phrases.update(id, { favorite })
  })
}

/** Counts one insert of a phrase (any way: drop, Enter, double-click). */
export async function recordPhraseUse(phraseId: string): Promise<void> {
  await db.transaction('rw', db.phrases, async () => {
    const phrase = await db.phrases.get(phraseId)
    if (!phrase) return
    await db.phrases.update(phraseId, {
      useCount: phrase.useCount + 1,
      lastUsedAt: Math.max(Date.now(), phrase.lastUsedAt + 1),
    })
  })
}

export async function createCategory(name: string): Promise<string> {
  const id = newId()
  await db.transaction('rw', db.phraseCategories, async () => {
    const categories = await db.phraseCategories.toArray()
    const problem = categoryNameError(name, categories)
    if (problem) throw new PhraseInputError(problem)
    const order = Math.max(100, ...categories.map((category) => category.order + 1))
    await db.phraseCategories.add({ id, name: name.trim(), order, builtin: false })
  })
  return id
}

export async function renameCategory(id: string, name: string): Promise<void> {
  await db.transaction('rw', db.phraseCategories, async () => {
    const categories = await db.phraseCategories.toArray()
    const category = categories.find((row) => row.id === id)
    if (!category) throw new PhraseInputError('分类不存在')
    if (category.builtin) throw new PhraseInputError('内置分类不能改名')
    const problem = categoryNameError(name, categories, id)
    if (problem) throw new PhraseInputError(problem)
    await db.phraseCategories.update(id, { name: name.trim() })
  })
}

/** Deletes one of the user's categories; its phrases move to 我的常用语. */
export async function deleteCategory(id: string, fallbackId = 'cat-mine'): Promise<void> {
  await db.transaction('rw', db.phrases, db.phraseCategories, async () => {
    const category = await db.phraseCategories.get(id)
    if (!category) return
    if (category.builtin) throw new PhraseInputError('内置分类不能删除')
    await db.phrases.where('categoryId').equals(id).modify({ categoryId: fallbackId })
    await db.phraseCategories.delete(id)
  })
}

export async function exportPhrases(now = new Date()): Promise<PhraseFile> {
  const { buildPhraseFile } = await import('../domain/phrases/phraseFile')
  const { sortPhrases } = await import('../domain/phrases/sortPhrases')
  return db.transaction('r', db.phrases, db.phraseCategories, async () =>
    buildPhraseFile(
      sortPhrases(await db.phrases.toArray()),
      sortCategories(await db.phraseCategories.toArray()),
      now,
    ),
  )
}

export type ImportOutcome =
  | { ok: true; added: number; skipped: number; categoriesAdded: number }
  | { ok: false; error: string }

/** Imports a JSON file's text: all or nothing; a malformed or foreign file changes nothing. */
export async function importPhrases(json: string): Promise<ImportOutcome> {
  const { parsePhraseFile, planPhraseImport } = await import('../domain/phrases/phraseFile')
  const parsed = parsePhraseFile(json)
  if (!parsed.ok) return parsed
  return db.transaction('rw', db.phrases, db.phraseCategories, async () => {
    const plan = planPhraseImport(
      parsed.file,
      await db.phrases.toArray(),
      await db.phraseCategories.toArray(),
      { now: Date.now(), newId },
    )
    await db.phraseCategories.bulkAdd(plan.newCategories)
    await db.phrases.bulkAdd(plan.newPhrases)
    return {
      ok: true as const,
      added: plan.newPhrases.length,
      skipped: plan.skipped,
      categoriesAdded: plan.newCategories.length,
    }
  })
}
