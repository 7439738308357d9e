import { MY_PHRASES_CATEGORY_ID } from './categories'
import type { Phrase, PhraseCategory } from './types'

/** The export file of a user's phrase library (JSON). */
export const PHRASE_FILE_FORMAT = 'plandraft-phrases'
export const PHRASE_FILE_VERSION = 1
const MAX_TEXT_LENGTH = 1000
const MAX_PHRASES = 20_000

export interface PhraseFileEntry {
  text: string
  /** Category name (names, not ids, so files move between installations). */
  category: string
  favorite?: boolean
}

export interface PhraseFile {
  format: typeof PHRASE_FILE_FORMAT
  version: typeof PHRASE_FILE_VERSION
  exportedAt: string
  /** The user's own categories, so empty ones survive a round trip. */
  categories: string[]
  phrases: PhraseFileEntry[]
}

/**
 * The user's library: their own phrases and the built-ins they edited, with the user's
 * categories. Untouched built-ins are not exported: every installation has them.
 */
export function buildPhraseFile(
  phrases: readonly Phrase[],
  categories: readonly PhraseCategory[],
  now: Date,
): PhraseFile {
  const names = new Map(categories.map((category) => [category.id, category.name]))
  const fallback = names.get(MY_PHRASES_CATEGORY_ID) ?? '我的常用语'
  return {
    format: PHRASE_FILE_FORMAT,
    version: PHRASE_FILE_VERSION,
    exportedAt: now.toISOString(),
    categories: categories.filter((category) => !category.builtin).map((category) => category.name),
    phrases: phrases
      .filter((phrase) => phrase.builtinKey === undefined || phrase.userEdited)
      .map((phrase) => ({
        text: phrase.text,
        category: names.get(phrase.categoryId) ?? fallback,
        ...(phrase.favorite ? { favorite: true } : {}),
      })),
  }
}

export type ParseResult = { ok: true; file: PhraseFile } | { ok: false; error: string }

const UNCHANGED = '常用语库未作任何改动。'

/** Parses and validates an import file; errors are Chinese sentences for the user. */
export function parsePhraseFile(json: string): ParseResult {
  let data: unknown
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''))
  } catch {
    return fail(`文件不是有效的 JSON，无法导入。${UNCHANGED}`)
  }
  if (!isRecord(data) || data.format !== PHRASE_FILE_FORMAT)
    return fail(`这不是 PlanDraft 常用语库文件，无法导入。${UNCHANGED}`)
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return fail(`文件缺少有效的格式版本号，无法导入。${UNCHANGED}`)
  if (data.version > PHRASE_FILE_VERSION)
    return fail(
      `该文件由更新版本的 PlanDraft 导出（格式版本 ${data.version}），请升级后再导入。${UNCHANGED}`,
    )
  if (!Array.isArray(data.phrases)) return fail(`文件中没有常用语列表，无法导入。${UNCHANGED}`)
  if (data.phrases.length > MAX_PHRASES)
    return fail(`文件中的常用语超过 ${MAX_PHRASES} 条，无法导入。${UNCHANGED}`)
  const categories = data.categories ?? []
  if (!Array.isArray(categories) || !categories.every((name) => typeof name === 'string'))
    return fail(`文件中的分类列表格式不正确，无法导入。${UNCHANGED}`)

  const phrases: PhraseFileEntry[] = []
  for (const [index, item] of data.phrases.entries()) {
    const where = `第 ${index + 1} 条常用语`
    if (!isRecord(item) || typeof item.text !== 'string')
      return fail(`${where}格式不正确（缺少文字），无法导入。${UNCHANGED}`)
    const text = item.text.trim()
    if (text === '') return fail(`${where}的文字为空，无法导入。${UNCHANGED}`)
    if (text.length > MAX_TEXT_LENGTH)
      return fail(`${where}超过 ${MAX_TEXT_LENGTH} 字，无法导入。${UNCHANGED}`)
    if (item.category !== undefined && typeof item.category !== 'string')
      return fail(`${where}的分类格式不正确，无法导入。${UNCHANGED}`)
    if (item.favorite !== undefined && typeof item.favorite !== 'boolean')
      return fail(`${where}的收藏标记格式不正确，无法导入。${UNCHANGED}`)
    phrases.push({
      text,
      category: (item.category ?? '').trim(),
      ...(item.favorite ? { favorite: true } : {}),
    })
  }
  return {
    ok: true,
    file: {
      format: PHRASE_FILE_FORMAT,
      version: PHRASE_FILE_VERSION,
      exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : '',
      categories: categories.map((name) => name.trim()).filter((name) => name !== ''),
      phrases,
    },
  }
}

export interface ImportPlan {
  newCategories: PhraseCategory[]
  newPhrases: Phrase[]
  /** Phrases whose text is already in the library (or earlier in the file). */
  skipped: number
}

/** What importing `file` adds: duplicates (same text) are skipped; unknown categories created. */
export function planPhraseImport(
  file: PhraseFile,
  existingPhrases: readonly Phrase[],
  existingCategories: readonly PhraseCategory[],
  options: { now: number; newId: () => string },
): ImportPlan {
  const byName = new Map(existingCategories.map((category) => [category.name, category.id]))
  let nextOrder = Math.max(100, ...existingCategories.map((category) => category.order + 1))
  const newCategories: PhraseCategory[] = []
  const categoryIdOf = (name: string): string => {
    if (name === '') return MY_PHRASES_CATEGORY_ID
    let id = byName.get(name)
    if (!id) {
      id = options.newId()
      byName.set(name, id)
      newCategories.push({ id, name: name.slice(0, 20), order: nextOrder++, builtin: false })
    }
    return id
  }
  for (const name of file.categories) categoryIdOf(name)

  const seen = new Set(existingPhrases.map((phrase) => normalizeText(phrase.text)))
  const newPhrases: Phrase[] = []
  let skipped = 0
  for (const entry of file.phrases) {
    const key = normalizeText(entry.text)
    if (seen.has(key)) {
      skipped++
      continue
    }
    seen.add(key)
    newPhrases.push({
      id: options.newId(),
      text: entry.text,
      categoryId: categoryIdOf(entry.category),
      ...(entry.favorite ? { favorite: true } : {}),
      useCount: 0,
      lastUsedAt: 0,
      // One millisecond apart: the library lists own phrases by creation, so file order holds.
      createdAt: options.now + newPhrases.length,
    })
  }
  return { newCategories, newPhrases, skipped }
}

/** Two phrases are duplicates when they differ only in surrounding or repeated spaces. */
export function normalizeText(text: string): string {
  return text.trim().replace(/\s+/g, ' ')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fail(error: string): ParseResult {
  return { ok: false, error }
}
