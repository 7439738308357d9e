/** What the runner does to the page, given by the app (commands know no DOM). */
export interface CommandEffects {
  /** Put keyboard focus on a tree row once it is rendered. */
  focusRow: (id: string) => void
  /**
   * How many times the user has pressed the pointer so far. A command moves focus at its end
   * only if this has not changed since it began: a click meanwhile put focus where the user
   * wants it.
   */
  userPresses: () => number
}

let effects: CommandEffects = { focusRow: () => undefined, userPresses: () => 0 }

export function setCommandEffects(next: CommandEffects): void {
  effects = next
}

export function commandEffects(): CommandEffects {
  return effects
}
