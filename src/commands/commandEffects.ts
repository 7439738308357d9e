/** What the runner does to the page, given by the app (commands know no DOM). */
export interface CommandEffects {
  /** Put keyboard focus on a tree row once it is rendered. */
  focusRow: (id: string) => void
}

let effects: CommandEffects = { focusRow: () => undefined }

export function setCommandEffects(next: CommandEffects): void {
  effects = next
}

export function commandEffects(): CommandEffects {
  return effects
}
