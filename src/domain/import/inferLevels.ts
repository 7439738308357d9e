/** What inferLevels needs of a heading: its numbering style, and a level fixed by Word if any. */
export interface LevelInput {
  style?: string
  /** Word's outline level (heading style or w:outlineLvl): taken as is. */
  outlineLevel?: number
}

interface OpenHeading {
  style?: string
  level: number
}

/**
 * Levels from the parent actually present, as writers nest: a stack of the headings open above.
 * A heading whose style is open on the stack closes back to that heading's level (a sibling); a
 * style not open nests one level below the heading on top. So 1、 directly under 一、 is level 2
 * there, and 1、 under （一） is level 3, in the same plan. Word outline levels take precedence:
 * such a heading closes the stack down to its level. Iterative, one pass.
 */
export function inferLevels(headings: LevelInput[]): number[] {
  const open: OpenHeading[] = []
  const levels: number[] = []
  for (const { style, outlineLevel } of headings) {
    let level: number
    if (outlineLevel !== undefined && outlineLevel >= 1) {
      level = Math.floor(outlineLevel)
      while (open.length > 0 && open[open.length - 1].level >= level) open.pop()
    } else {
      const at = style === undefined ? -1 : openIndexOf(open, style)
      if (at >= 0) {
        level = open[at].level
        open.length = at
      } else level = open.length > 0 ? open[open.length - 1].level + 1 : 1
    }
    open.push({ style, level })
    levels.push(level)
  }
  return levels
}

/** The nearest open heading of `style`, from the top of the stack down; -1 when none. */
function openIndexOf(open: OpenHeading[], style: string): number {
  for (let index = open.length - 1; index >= 0; index--)
    if (open[index].style === style) return index
  return -1
}
