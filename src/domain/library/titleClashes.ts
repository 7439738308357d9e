import { uniqueTitle } from './uniqueTitle'

/** A new plan's title that is taken, and the numbered title 改名 would give it. */
export interface TitleClash {
  /** Which new plan (its index among the titles given). */
  index: number
  title: string
  renamed: string
  /** Taken by another plan of the same import, not by one in the library. */
  inThisImport: boolean
}

/**
 * The titles among `titles` (new plans, in order) that the library has already (`taken`) or that
 * an earlier one of them has, each with a unique numbered title. Titles that clash with nothing
 * keep theirs and are not given to a renamed one: 甲 and 甲（2） into a library with 甲 give 甲（3）.
 */
export function titleClashes(titles: readonly string[], taken: Iterable<string>): TitleClash[] {
  const library = new Set(taken)
  const used = new Set(library)
  const seen = new Set<string>()
  const clashing: number[] = []
  titles.forEach((title, index) => {
    const trimmed = title.trim()
    if (library.has(trimmed) || seen.has(trimmed)) clashing.push(index)
    else used.add(trimmed)
    seen.add(trimmed)
  })
  return clashing.map((index) => {
    const title = titles[index].trim()
    const renamed = uniqueTitle(title, used)
    used.add(renamed)
    return { index, title, renamed, inThisImport: !library.has(title) }
  })
}
