import { describe, expect, it } from 'vitest'
import { favouritePhrases, phraseTextError, recentPhrases } from './phraseLists'
import type { Phrase } from './types'

function row(id: string, extra: Partial<Phrase> = {}): Phrase {
  return {
    id,
    text: id,
    categoryId: 'cat-mine',
    useCount: 0,
    lastUsedAt: 0,
    createdAt: 0,
    ...extra,
  }
}

describe('recentPhrases', () => {
  it('lists the last 20 used, most recent first, and never unused ones', () => {
    const rows = Array.from({ length: 25 }, (_, index) => row(`p${index}`, { lastUsedAt: index }))
    const recent = recentPhrases(rows)
    expect(recent).toHaveLength(20)
    expect(recent[0].id).toBe('p24')
    expect(recent[19].id).toBe('p5')
    expect(recent.some((phrase) => phrase.id === 'p0')).toBe(false)
  })
})

describe('favouritePhrases', () => {
  it('lists favourites, most used first', () => {
    const rows = [row('a', { favorite: true }), row('b'), row('c', { favorite: true, useCount: 3 })]
    expect(favouritePhrases(rows).map((phrase) => phrase.id)).toEqual(['c', 'a'])
  })
})

describe('phraseTextError', () => {
  it('rejects empty text', () => {
    expect(phraseTextError('  ')).toBe('常用语不能为空')
    expect(phraseTextError('切实维护职工合法权益')).toBeNull()
  })
})
