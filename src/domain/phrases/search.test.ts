import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSearchIndex, MATCH_SCORE, warmSearchIndex, type PhraseSearchIndex } from './search'
import { loadSearchTools, type SearchTools } from './searchTools'
import type { Phrase } from './types'

function phrase(id: string, text: string, extra: Partial<Phrase> = {}): Phrase {
  return { id, text, categoryId: 'cat-rights', useCount: 0, lastUsedAt: 0, createdAt: 0, ...extra }
}

const library = [
  phrase('rights', '维护职工合法权益'),
  phrase('traditional', '構建和諧勞動關係'),
  phrase('theme', '以××为主题，以××为主线，以××为重点'),
  phrase('organization', '加强组织领导，强化督查考核'),
  phrase('mechanism', '进一步完善××机制'),
  phrase('relations', '构建和谐劳动关系，切实维护职工合法权益'),
]

let index: PhraseSearchIndex
const ids = (query: string) => index.search(library, query).map((result) => result.phrase.id)

beforeAll(async () => {
  index = createSearchIndex(await loadSearchTools())
})

describe('searchPhrases', () => {
  it('matches a plain substring', () => {
    expect(ids('督查')).toEqual(['organization'])
    expect(ids('机制')).toEqual(['mechanism'])
  })

  it('matches pinyin initials', () => {
    expect(ids('whzg')).toEqual(['rights', 'relations'])
    expect(ids('WHZG')).toEqual(['rights', 'relations'])
    expect(ids('jqzzld')).toEqual(['organization'])
  })

  it('matches full pinyin and mixed syllable prefixes', () => {
    expect(ids('weihu')).toEqual(['rights', 'relations'])
    expect(ids('weihuzhigong')).toEqual(['rights', 'relations'])
    expect(ids('weihzg')).toEqual(['rights', 'relations'])
    expect(ids('duchakaohe')).toEqual(['organization'])
    // Not on a syllable boundary: "eihu" is no way to type 维护.
    expect(ids('eihu')).toEqual([])
  })

  it('matches Simplified against Traditional and back', () => {
    // The stored phrase is Traditional; the user types Simplified.
    expect(ids('劳动关系')).toEqual(['traditional', 'relations'])
    // The user types Traditional; the stored phrase is Simplified.
    expect(ids('維護職工')).toEqual(['rights', 'relations'])
    expect(ids('gjhx')).toEqual(['traditional', 'relations'])
  })

  it('needs every space-separated term to match', () => {
    expect(ids('构建 维护')).toEqual(['relations'])
    expect(ids('构建 督查')).toEqual([])
  })

  it('returns everything, in order, for an empty query', () => {
    expect(ids('  ')).toEqual(library.map((item) => item.id))
  })

  it('ranks by match quality, then favourites, then use count', () => {
    const ranked = [
      phrase('used', '切实维护职工合法权益', { useCount: 9 }),
      phrase('favourite', '依法维护职工合法权益', { favorite: true }),
      phrase('prefix', '维护职工合法权益'),
      phrase('plain', '坚持维护职工合法权益'),
      phrase('exact', '维护'),
    ]
    const results = index.search(ranked, '维护')
    expect(results.map((result) => result.phrase.id)).toEqual([
      'exact',
      'prefix',
      'favourite',
      'used',
      'plain',
    ])
    expect(results[0].score).toBe(MATCH_SCORE.exact)
    expect(results[1].score).toBe(MATCH_SCORE.textPrefix)
    // Text matches outrank pinyin matches.
    const mixed = [phrase('pinyin', '维护职工利益'), phrase('text', 'whzg 方案')]
    expect(index.search(mixed, 'whzg').map((result) => result.phrase.id)).toEqual([
      'text',
      'pinyin',
    ])
  })

  it('reports the matched characters for highlighting', () => {
    const [first] = index.search([phrase('a', '切实维护职工合法权益')], 'whzg')
    expect(first.highlight).toEqual({ from: 2, to: 6 })
    const [second] = index.search([phrase('b', '切实维护职工合法权益')], '合法')
    expect(second.highlight).toEqual({ from: 6, to: 8 })
  })
})

describe('createSearchIndex', () => {
  it('gives the same results while typing on as a fresh search', async () => {
    const typing = createSearchIndex(await loadSearchTools())
    const many = [
      ...library,
      phrase('favourite', '维护稳定大局', { favorite: true }),
      phrase('used', '切实维护', { useCount: 3 }),
    ]
    for (const query of ['w', 'we', 'wei', 'weih', 'weihu', 'weihu z', 'weihu zg']) {
      const fresh = createSearchIndex(await loadSearchTools())
      expect(typing.search(many, query), query).toEqual(fresh.search(many, query))
    }
  })
})

describe('warmSearchIndex', () => {
  // A clock of its own: each phrase's pinyin "takes" 1 ms of it, whatever the machine is doing,
  // so the slices are the same on every run (the real durations are in search.bench.test.ts).
  let now = 0
  let built = 0
  beforeEach(() => {
    now = 0
    built = 0
    vi.spyOn(performance, 'now').mockImplementation(() => now)
  })
  afterEach(() => vi.restoreAllMocks())
  const slowTools: SearchTools = {
    toSimplified: (text) => text,
    syllablesOf: (text) => {
      now += 1
      built++
      return Array.from(text, (character) => (character === '维' ? 'wei' : 'x'))
    },
  }
  const many: Phrase[] = Array.from({ length: 60 }, (_, index) => ({
    id: `p${index}`,
    text: index === 42 ? '维护' : `短语${index}`,
    categoryId: 'cat-mine',
    useCount: 0,
    lastUsedAt: 0,
    createdAt: index,
  }))
  const text = (results: { phrase: Phrase }[]) => results.map((result) => result.phrase.text)

  it('builds the entries in slices that yield, and then finds what a full build finds', async () => {
    const index = createSearchIndex(slowTools)
    // An event-loop probe: a task that runs whenever the loop turns, noting how far the build is.
    const seen: number[] = []
    let probing = true
    const probe = () => {
      seen.push(many.filter((phrase) => index.has(phrase)).length)
      if (probing) setTimeout(probe, 0)
    }
    setTimeout(probe, 0)
    const done = await warmSearchIndex(index, many, { sliceMs: 5 })
    probing = false
    expect(done).toBe(true)
    // A slice stops once it has taken 5 ms, 5 phrases of 1 ms: the loop turned after each slice.
    expect(seen.filter((count) => count < many.length)).toEqual(
      Array.from({ length: 11 }, (_, slice) => 5 * (slice + 1)),
    )
    expect(many.every((phrase) => index.has(phrase))).toBe(true)
    // Searching the warm index computes nothing more, and finds what an unsliced index finds.
    built = 0
    expect(text(index.search(many, 'wei'))).toEqual(['维护'])
    expect(built).toBe(0)
    const unsliced = createSearchIndex(slowTools)
    expect(index.search(many, 'wei')).toEqual(unsliced.search(many, 'wei'))
    expect(index.search(many, '短语1')).toEqual(unsliced.search(many, '短语1'))
  })

  it('skips the phrases already built, and never yields for nothing', async () => {
    const index = createSearchIndex(slowTools)
    many.slice(0, 58).forEach((phrase) => index.entryOf(phrase))
    built = 0
    let yields = 0
    const done = await warmSearchIndex(index, many, {
      sliceMs: 5,
      yieldToBrowser: async () => void yields++,
    })
    expect(done).toBe(true)
    expect(built).toBe(2)
    expect(yields).toBe(0)
  })

  it('stops when cancelled', async () => {
    const index = createSearchIndex(slowTools)
    let slices = 0
    const done = await warmSearchIndex(index, many, {
      sliceMs: 2,
      cancelled: () => slices >= 2,
      yieldToBrowser: async () => void slices++,
    })
    expect(done).toBe(false)
    // Two slices of 2 phrases (2 ms each), then it stopped.
    expect(many.filter((phrase) => index.has(phrase))).toHaveLength(4)
  })
})
