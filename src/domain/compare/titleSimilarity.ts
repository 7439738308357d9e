/** Spaces, punctuation and symbols do not make two titles different. */
const IGNORED = /[\s\p{P}\p{S}]/gu

/** The title as compared: without spaces, punctuation and symbols. */
export function titleKey(title: string): string {
  return title.replace(IGNORED, '')
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  const chars = Array.from(text)
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i] + chars[i + 1]
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  return counts
}

/** A title prepared for many comparisons (its character pairs counted once). */
export interface PreparedTitle {
  key: string
  pairs: Map<string, number>
  size: number
}

export function prepareTitle(title: string): PreparedTitle {
  const key = titleKey(title)
  const pairs = bigrams(key)
  let size = 0
  for (const count of pairs.values()) size += count
  return { key, pairs, size }
}

/**
 * How alike two titles are, 0–1: the Dice coefficient of their character pairs (two titles that
 * share most two-character runs, like 加强职工技能培训 and 加强职工岗位技能培训, score high).
 */
export function titleSimilarity(a: PreparedTitle, b: PreparedTitle): number {
  if (a.key === b.key) return 1
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  const [small, large] = a.pairs.size <= b.pairs.size ? [a, b] : [b, a]
  for (const [pair, count] of small.pairs) shared += Math.min(count, large.pairs.get(pair) ?? 0)
  return (2 * shared) / (a.size + b.size)
}
