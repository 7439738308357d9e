import { describe, expect, it } from 'vitest'
import type { BuiltinPhrase } from './builtinPhrases.data'
import { builtinCategoryRows } from './categories'
import { isEmptyUpgrade, planBuiltinUpgrade } from './builtinUpgrade'
import type { Phrase } from './types'

let counter = 0
const options = { now: 1000, newId: () => `new-${++counter}` }

function stored(id: string, text: string, extra: Partial<Phrase> = {}): Phrase {
  return { id, text, categoryId: 'cat-rights', useCount: 0, lastUsedAt: 0, createdAt: 1, ...extra }
}

const version1: BuiltinPhrase[] = [
  { key: 'rights-01', text: '切实维护职工合法权益', category: 'cat-rights' },
  { key: 'rights-02', text: '构建和谐劳动关系', category: 'cat-rights' },
  { key: 'theme-01', text: '以××为主题', category: 'cat-theme' },
]

describe('planBuiltinUpgrade', () => {
  it('seeds an empty database with all categories and built-ins', () => {
    const patch = planBuiltinUpgrade([], [], version1, options)
    expect(patch.putCategories.map((category) => category.name)).toContain('我的常用语')
    expect(patch.putPhrases.map((phrase) => [phrase.builtinKey, phrase.text])).toEqual([
      ['rights-01', '切实维护职工合法权益'],
      ['rights-02', '构建和谐劳动关系'],
      ['theme-01', '以××为主题'],
    ])
    expect(patch.deletePhraseIds).toEqual([])
  })

  it('changes nothing when the set is unchanged', () => {
    const rows = planBuiltinUpgrade([], [], version1, options).putPhrases
    expect(isEmptyUpgrade(planBuiltinUpgrade(rows, builtinCategoryRows(), version1, options))).toBe(
      true,
    )
  })

  it('keeps user edits, favourites, hidden flags, usage and user phrases', () => {
    //   stored (version 1)                         version 2
    //   rights-01  edited by the user              text changed   -> user's text stays
    //   rights-02  favourite, hidden, used 5 times text changed   -> new text, flags kept
    //   theme-01   untouched                       dropped        -> deleted
    //   theme-02   —                               new            -> added
    //   mine       the user's own phrase           —              -> untouched
    const rows = [
      stored('a', '依法维护职工合法权益', { builtinKey: 'rights-01', userEdited: true }),
      stored('b', '构建和谐劳动关系', {
        builtinKey: 'rights-02',
        favorite: true,
        hidden: true,
        useCount: 5,
        lastUsedAt: 99,
      }),
      stored('c', '以××为主题', { builtinKey: 'theme-01', categoryId: 'cat-theme' }),
      stored('mine', '我自己的提法', { categoryId: 'cat-mine' }),
    ]
    const version2: BuiltinPhrase[] = [
      { key: 'rights-01', text: '切实维护广大职工合法权益', category: 'cat-rights' },
      { key: 'rights-02', text: '构建和谐稳定劳动关系', category: 'cat-rights' },
      { key: 'theme-02', text: '以××为主线', category: 'cat-theme' },
    ]
    const patch = planBuiltinUpgrade(rows, builtinCategoryRows(), version2, options)
    expect(patch.putCategories).toEqual([])
    expect(patch.putPhrases).toEqual([
      { ...rows[1], text: '构建和谐稳定劳动关系' },
      expect.objectContaining({ builtinKey: 'theme-02', text: '以××为主线', useCount: 0 }),
    ])
    expect(patch.deletePhraseIds).toEqual(['c'])
  })

  it('keeps a dropped built-in the user touched as the user’s own phrase', () => {
    const rows = [
      stored('edited', '甲', { builtinKey: 'old-1', userEdited: true }),
      stored('favourite', '乙', { builtinKey: 'old-2', favorite: true }),
      stored('used', '丙', { builtinKey: 'old-3', useCount: 1 }),
      stored('hidden', '丁', { builtinKey: 'old-4', hidden: true }),
    ]
    const patch = planBuiltinUpgrade(rows, builtinCategoryRows(), [], options)
    expect(patch.putPhrases.map((phrase) => [phrase.id, phrase.builtinKey])).toEqual([
      ['edited', undefined],
      ['favourite', undefined],
      ['used', undefined],
    ])
    expect(patch.deletePhraseIds).toEqual(['hidden'])
  })

  it('restores renamed or missing built-in categories but not user categories', () => {
    const categories = builtinCategoryRows().map((category) =>
      category.id === 'cat-theme' ? { ...category, name: '改过的名字' } : category,
    )
    categories.push({ id: 'user-1', name: '我的分类', order: 100, builtin: false })
    const patch = planBuiltinUpgrade([], categories, [], options)
    expect(patch.putCategories.map((category) => [category.id, category.name])).toEqual([
      ['cat-theme', '主题主线'],
    ])
  })
})
