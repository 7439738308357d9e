import { describe, expect, it } from 'vitest'
import { builtinCategoryRows } from './categories'
import { buildPhraseFile, parsePhraseFile, planPhraseImport } from './phraseFile'
import type { Phrase, PhraseCategory } from './types'

function row(id: string, text: string, extra: Partial<Phrase> = {}): Phrase {
  return { id, text, categoryId: 'cat-mine', useCount: 0, lastUsedAt: 0, createdAt: 0, ...extra }
}

const categories: PhraseCategory[] = [
  ...builtinCategoryRows(),
  { id: 'user-1', name: '乡村振兴', order: 100, builtin: false },
]
let counter = 0
const options = { now: 5, newId: () => `id-${++counter}` }

describe('buildPhraseFile', () => {
  it('exports the user’s phrases and edited built-ins with category names', () => {
    const file = buildPhraseFile(
      [
        row('a', '我的提法', { favorite: true }),
        row('b', '推进乡村全面振兴', { categoryId: 'user-1' }),
        row('c', '切实维护职工合法权益', { builtinKey: 'rights-01', categoryId: 'cat-rights' }),
        row('d', '改过的内置提法', { builtinKey: 'rights-02', userEdited: true }),
      ],
      categories,
      new Date('2025-01-02T03:04:05Z'),
    )
    expect(file).toEqual({
      format: 'plandraft-phrases',
      version: 1,
      exportedAt: '2025-01-02T03:04:05.000Z',
      categories: ['乡村振兴'],
      phrases: [
        { text: '我的提法', category: '我的常用语', favorite: true },
        { text: '推进乡村全面振兴', category: '乡村振兴' },
        { text: '改过的内置提法', category: '我的常用语' },
      ],
    })
    // Round trip.
    expect(parsePhraseFile(JSON.stringify(file))).toEqual({ ok: true, file })
  })
})

describe('parsePhraseFile', () => {
  const valid = { format: 'plandraft-phrases', version: 1, phrases: [{ text: '甲', category: '' }] }
  const error = (json: string) => {
    const result = parsePhraseFile(json)
    return result.ok ? null : result.error
  }

  it('rejects malformed and foreign files with a Chinese message', () => {
    expect(error('{not json')).toBe('文件不是有效的 JSON，无法导入。常用语库未作任何改动。')
    expect(error('{"plans": []}')).toBe(
      '这不是 PlanDraft 常用语库文件，无法导入。常用语库未作任何改动。',
    )
    expect(error('[1, 2]')).toMatch('这不是 PlanDraft 常用语库文件')
    expect(error(JSON.stringify({ ...valid, version: 2 }))).toMatch('格式版本 2')
    expect(error(JSON.stringify({ ...valid, version: '1' }))).toMatch('版本号')
    expect(error(JSON.stringify({ ...valid, phrases: {} }))).toMatch('没有常用语列表')
    expect(error(JSON.stringify({ ...valid, phrases: [{ text: '甲' }, { text: 3 }] }))).toMatch(
      '第 2 条常用语格式不正确',
    )
    expect(error(JSON.stringify({ ...valid, phrases: [{ text: '  ' }] }))).toMatch('文字为空')
    expect(error(JSON.stringify({ ...valid, categories: [1] }))).toMatch('分类列表')
  })

  it('accepts a valid file, trimming text and tolerating a BOM', () => {
    const result = parsePhraseFile(
      '\uFEFF' + JSON.stringify({ ...valid, phrases: [{ text: ' 乙 ' }] }),
    )
    expect(result.ok && result.file.phrases).toEqual([{ text: '乙', category: '' }])
  })
})

describe('planPhraseImport', () => {
  it('skips duplicates, counts them and creates unknown categories', () => {
    const existing = [row('a', '切实维护职工合法权益', { builtinKey: 'rights-01' })]
    const parsed = parsePhraseFile(
      JSON.stringify({
        format: 'plandraft-phrases',
        version: 1,
        categories: ['空分类'],
        phrases: [
          { text: '切实维护职工合法权益', category: '维护权益与劳动关系' },
          { text: '推进乡村全面振兴', category: '乡村振兴', favorite: true },
          { text: '新的提法', category: '新分类' },
          { text: '新的提法', category: '新分类' },
          { text: '无分类的提法' },
        ],
      }),
    )
    if (!parsed.ok) throw new Error(parsed.error)
    const plan = planPhraseImport(parsed.file, existing, categories, options)
    expect(plan.skipped).toBe(2)
    expect(plan.newCategories.map((category) => [category.name, category.order])).toEqual([
      ['空分类', 101],
      ['新分类', 102],
    ])
    expect(
      plan.newPhrases.map((phrase) => [phrase.text, phrase.categoryId, !!phrase.favorite]),
    ).toEqual([
      ['推进乡村全面振兴', 'user-1', true],
      ['新的提法', plan.newCategories[1].id, false],
      ['无分类的提法', 'cat-mine', false],
    ])
  })
})
