/** The parts of a keyboard event a binding looks at (a DOM or React KeyboardEvent). */
export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/** Whether an event is one of `bindings` (`Ctrl+D`, `Alt+ArrowUp`, `Shift+Tab`; Ctrl is ⌘ on a Mac). */
export function matchesKeys(event: KeyLike, bindings: readonly string[] | undefined): boolean {
  return (bindings ?? []).some((binding) => {
    const parts = binding.split('+')
    const key = parts.pop() as string
    const mods = new Set(parts)
    return (
      event.key.toLowerCase() === key.toLowerCase() &&
      (event.ctrlKey || event.metaKey) === mods.has('Ctrl') &&
      event.altKey === mods.has('Alt') &&
      event.shiftKey === mods.has('Shift')
    )
  })
}

const KEY_NAMES: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', Delete: 'Delete' }

/** A binding as shown in a tooltip: `Alt+↑`. */
export function keyLabel(bindings: readonly string[] | undefined): string | undefined {
  const binding = bindings?.[0]
  if (!binding) return undefined
  const parts = binding.split('+')
  const key = parts.pop() as string
  return [...parts, KEY_NAMES[key] ?? key].join('+')
}

/** Bindings as `aria-keyshortcuts` spells them (`Control+D Alt+ArrowUp`). */
export function ariaKeyShortcuts(bindings: readonly string[] | undefined): string | undefined {
  return bindings?.map((binding) => binding.replace('Ctrl+', 'Control+')).join(' ')
}
