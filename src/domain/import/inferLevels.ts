/** What inferLevels needs of a heading: its numbering style, and a level fixed by Word if any. */
export interface LevelInput {
  style?: string
  /** Word's outline level (heading style or w:outlineLvl): taken as is. */
  outlineLevel?: number
}

/**
 * Levels from the order in which numbering styles first appear, as writers use them: a new style
 * goes one level below the heading open above it; a style seen before returns to its level. So
 * both 一、→1、 and 一、→（一）→1. come out right. Word outline levels take precedence, and a
 * style first seen on such a heading takes that level.
 */
export function inferLevels(headings: LevelInput[]): number[] {
  const levelOf = new Map<string, number>()
  let depth = 0
  return headings.map(({ style, outlineLevel }) => {
    let level: number
    if (outlineLevel !== undefined && outlineLevel >= 1) {
      level = Math.floor(outlineLevel)
      if (style !== undefined && !levelOf.has(style)) levelOf.set(style, level)
    } else if (style !== undefined) {
      const known = levelOf.get(style)
      level = known ?? depth + 1
      if (known === undefined) levelOf.set(style, level)
    } else level = depth + 1
    depth = level
    return level
  })
}
