import { setCommandEffects } from '../commands/commandEffects'
import { focusTreeRow } from '../ui/focusTreeRow'

/** Give the command runner what it does to the page (it knows no DOM of its own). */
export function wireEffects(): void {
  setCommandEffects({ focusRow: focusTreeRow })
}
