import { beforeEach, describe, expect, it } from 'vitest'
import type { BuiltinPhrase } from '../domain/phrases/builtinPhrases.data'
import { BUILTIN_PHRASES } from '../domain/phrases/builtinPhrases.data'
import { db } from './db'
import { settingKeys } from './schema'
import {
  addPhrase,
  createCategory,
  deleteCategory,
  deletePhrase,
  editPhrase,
  ensureBuiltinPhrases,
  exportPhrases,
  importPhrases,
  movePhrase,
  recordPhraseUse,
  renameCategory,
  setPhraseFavorite,
  setPhraseHidden,
} from './phraseRepo'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

const byKey = (key: string) => db.phrases.where('builtinKey').equals(key).first()

describe('built-in phrases', () => {
  it('are written on first start, once', async () => {
    await ensureBuiltinPhrases()
    expect(await db.phrases.count()).toBe(BUILTIN_PHRASES.length)
    expect(await db.phraseCategories.count()).toBe(13)
    expect((await db.settings.get(settingKeys.builtinPhrasesVersion))?.value).toBe(1)
    await ensureBuiltinPhrases()
    expect(await db.phrases.count()).toBe(BUILTIN_PHRASES.length)
  })

  it('are upgraded by a later version without touching the user’s work', async () => {
    const v1: BuiltinPhrase[] = [
      { key: 'k1', text: '切实维护职工合法权益', category: 'cat-rights' },
      { key: 'k2', text: '构建和谐劳动关系', category: 'cat-rights' },
      { key: 'k3', text: '以××为主题', category: 'cat-theme' },
    ]
    await ensureBuiltinPhrases(v1, 1)
    const k1 = (await byKey('k1'))!
    const k2 = (await byKey('k2'))!
    await editPhrase(k1.id, { text: '依法维护职工合法权益' })
    await setPhraseFavorite(k2.id, true)
    await setPhraseHidden(k2.id, true)
    await recordPhraseUse(k2.id)
    const mine = await addPhrase('我自己的提法', 'cat-mine')

    const v2: BuiltinPhrase[] = [
      { key: 'k1', text: '切实维护广大职工合法权益', category: 'cat-rights' },
      { key: 'k2', text: '构建和谐稳定劳动关系', category: 'cat-rights' },
      { key: 'k4', text: '以××为主线', category: 'cat-theme' },
    ]
    await ensureBuiltinPhrases(v2, 2)
    expect((await byKey('k1'))?.text).toBe('依法维护职工合法权益')
    expect(await byKey('k2')).toMatchObject({
      text: '构建和谐稳定劳动关系',
      favorite: true,
      hidden: true,
      useCount: 1,
    })
    expect(await byKey('k3')).toBeUndefined()
    expect((await byKey('k4'))?.text).toBe('以××为主线')
    expect((await db.phrases.get(mine))?.text).toBe('我自己的提法')
    expect((await db.settings.get(settingKeys.builtinPhrasesVersion))?.value).toBe(2)
  })
})

describe('user phrases and categories', () => {
  beforeEach(() => ensureBuiltinPhrases())

  it('adds, edits, moves and deletes a user phrase', async () => {
    const id = await addPhrase('  推进乡村全面振兴 ', 'cat-mine')
    expect((await db.phrases.get(id))?.text).toBe('推进乡村全面振兴')
    await editPhrase(id, { text: '全面推进乡村振兴' })
    await movePhrase(id, 'cat-economy')
    expect(await db.phrases.get(id)).toMatchObject({
      text: '全面推进乡村振兴',
      categoryId: 'cat-economy',
    })
    await deletePhrase(id)
    expect(await db.phrases.get(id)).toBeUndefined()
    await expect(addPhrase('  ', 'cat-mine')).rejects.toThrow('常用语不能为空')
    await expect(addPhrase('甲', 'nope')).rejects.toThrow('分类不存在')
  })

  it('hides a built-in instead of deleting it, and shows it again', async () => {
    const phrase = (await byKey('rights-01'))!
    await deletePhrase(phrase.id)
    expect((await db.phrases.get(phrase.id))?.hidden).toBe(true)
    await setPhraseHidden(phrase.id, false)
    expect((await db.phrases.get(phrase.id))?.hidden).toBe(false)
  })

  it('marks a moved built-in as edited by the user', async () => {
    const phrase = (await byKey('rights-01'))!
    await movePhrase(phrase.id, 'cat-mine')
    expect(await db.phrases.get(phrase.id)).toMatchObject({
      categoryId: 'cat-mine',
      userEdited: true,
    })
  })

  it('creates, renames and deletes own categories; built-ins stay', async () => {
    const id = await createCategory('乡村振兴')
    await expect(createCategory('乡村振兴')).rejects.toThrow('已有名为“乡村振兴”的分类')
    await renameCategory(id, '乡村全面振兴')
    expect((await db.phraseCategories.get(id))?.name).toBe('乡村全面振兴')
    await expect(renameCategory('cat-theme', '别的')).rejects.toThrow('内置分类不能改名')
    const phrase = await addPhrase('甲', id)
    await deleteCategory(id)
    expect((await db.phrases.get(phrase))?.categoryId).toBe('cat-mine')
    await expect(deleteCategory('cat-theme')).rejects.toThrow('内置分类不能删除')
  })

  it('records use count and last-used time', async () => {
    const phrase = (await byKey('theme-01'))!
    await recordPhraseUse(phrase.id)
    await recordPhraseUse(phrase.id)
    const after = (await db.phrases.get(phrase.id))!
    expect(after.useCount).toBe(2)
    expect(after.lastUsedAt).toBeGreaterThan(0)
    await recordPhraseUse('missing')
  })
})

describe('import and export', () => {
  beforeEach(() => ensureBuiltinPhrases())

  it('round-trips the user’s library, skipping and counting duplicates', async () => {
    const category = await createCategory('乡村振兴')
    await addPhrase('推进乡村全面振兴', category)
    const favourite = await addPhrase('我的提法', 'cat-mine')
    await setPhraseFavorite(favourite, true)
    const file = await exportPhrases()
    expect(file.phrases).toEqual([
      { text: '推进乡村全面振兴', category: '乡村振兴' },
      { text: '我的提法', category: '我的常用语', favorite: true },
    ])

    // Into a fresh library.
    await db.delete()
    await db.open()
    await ensureBuiltinPhrases()
    const json = JSON.stringify({
      ...file,
      phrases: [...file.phrases, { text: '切实维护职工合法权益', category: '维护权益与劳动关系' }],
    })
    expect(await importPhrases(json)).toEqual({
      ok: true,
      added: 2,
      skipped: 1,
      categoriesAdded: 1,
    })
    expect(await importPhrases(json)).toEqual({
      ok: true,
      added: 0,
      skipped: 3,
      categoriesAdded: 0,
    })
    const imported = await db.phrases.filter((phrase) => phrase.text === '推进乡村全面振兴').first()
    expect((await db.phraseCategories.get(imported!.categoryId))?.name).toBe('乡村振兴')
  }, 20_000)

  it('leaves the library unchanged on a broken file', async () => {
    const before = await db.phrases.toArray()
    const outcome = await importPhrases(
      '{"format":"plandraft-phrases","version":1,"phrases":[{"text":1}]}',
    )
    expect(outcome).toEqual({
      ok: false,
      error: '第 1 条常用语格式不正确（缺少文字），无法导入。常用语库未作任何改动。',
    })
    expect(await db.phrases.toArray()).toEqual(before)
  })
})
