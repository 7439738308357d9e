import { expect, it } from 'vitest'
import { benchFigure, percentile } from '../../test/benchFigure'
import { BUILTIN_PHRASES } from './builtinPhrases.data'
import { createSearchIndex, warmSearchIndex } from './search'
import { loadSearchTools } from './searchTools'
import type { Phrase } from './types'

// A unit benchmark (npm run bench:unit): 5,000 phrases, searched once per keystroke as a user
// types; and the index of 5,000 built in slices that yield to the browser.
const phrases: Phrase[] = Array.from({ length: 5000 }, (_, index) => {
  const builtin = BUILTIN_PHRASES[index % BUILTIN_PHRASES.length]
  return {
    id: `p${index}`,
    text: `${builtin.text}${index}`,
    categoryId: builtin.category,
    useCount: index % 7,
    lastUsedAt: 0,
    createdAt: 0,
  }
})

it('searches 5,000 phrases per keystroke', { timeout: 60_000 }, async () => {
  const tools = await loadSearchTools()
  const index = createSearchIndex(tools)
  const buildStart = performance.now()
  for (const phrase of phrases) index.entryOf(phrase)
  benchFigure('phraseIndexBuild', performance.now() - buildStart, 'wall, 5,000 phrases, once')

  // One search first, as the JIT would have seen one by the user's second keystroke.
  index.search(phrases, 'warm')
  const typed = ['weihuzhigong', 'whzghfqy', '维护职工合法权益', 'jinyibuwanshan', 'zzzz']
  // Wall time counts time the OS gave to other processes; CPU time is what the search costs.
  const wall: number[] = []
  const cpu: number[] = []
  let found = 0
  for (let round = 0; round < 3; round++) {
    for (const word of typed) {
      const characters = Array.from(word)
      for (let length = 1; length <= characters.length; length++) {
        const cpuStart = process.cpuUsage()
        const start = performance.now()
        found += index.search(phrases, characters.slice(0, length).join('')).length
        wall.push(performance.now() - start)
        const used = process.cpuUsage(cpuStart)
        cpu.push((used.user + used.system) / 1000)
      }
    }
  }
  expect(found).toBeGreaterThan(0)
  benchFigure('phraseSearchKeyCpuP95', percentile(cpu, 0.95), `CPU, ${cpu.length} keystrokes`)
  benchFigure('phraseSearchKeyWallP95', percentile(wall, 0.95), 'wall')
})

it('warms the index of 5,000 phrases in short slices', { timeout: 60_000 }, async () => {
  const tools = await loadSearchTools()
  const index = createSearchIndex(tools)
  // The app ends a slice by wall time (8 ms): on a busy machine a slice's wall time includes time
  // given to other processes; its CPU time is what the slice itself did.
  const slices: number[] = []
  const cpu: number[] = []
  let start = performance.now()
  let cpuStart = process.cpuUsage()
  const sliceEnds = () => {
    slices.push(performance.now() - start)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
  }
  const done = await warmSearchIndex(index, phrases, {
    yieldToBrowser: async () => {
      sliceEnds()
      await new Promise((resolve) => setTimeout(resolve, 0))
      start = performance.now()
      cpuStart = process.cpuUsage()
    },
  })
  sliceEnds()
  expect(done).toBe(true)
  expect(phrases.every((phrase) => index.has(phrase))).toBe(true)
  benchFigure('phraseWarmSliceCpuMax', Math.max(...cpu), `CPU, longest of ${cpu.length} slices`)
  benchFigure('phraseWarmSliceWallMax', Math.max(...slices), 'wall')
})
