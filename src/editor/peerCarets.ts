import type { Plugin } from '@tiptap/pm/state'
import { yCursorPlugin, yCursorPluginKey } from '@tiptap/y-tiptap'
import { colorForName, teamUserOf, type TeamCaretSource } from '../domain/team/teamPresence'
import './peerCarets.css'

/** The key the carets' plugin is registered under (to take it out again). */
export const peerCaretsKey = yCursorPluginKey

/** A name and colour from the network, checked (the colour goes into a style). */
function personOf(user: unknown): { name: string; color: string } {
  const checked = teamUserOf({ user })
  return checked ?? { name: '同事', color: colorForName('同事') }
}

/**
 * A colleague's caret: a thin bar in their colour with their name above it. The name is drawn
 * by CSS from `data-name` (`::after`), so it is no text of the editor: not in its text content,
 * not copied, not read out (the bar is aria-hidden; the status bar's list says who is here).
 * ProseMirror makes widgets non-editable and never serializes them: no export or row holds it.
 */
function caretElement(user: unknown): HTMLElement {
  const { name, color } = personOf(user)
  const caret = document.createElement('span')
  caret.className = 'peer-caret'
  caret.setAttribute('aria-hidden', 'true')
  caret.dataset.name = name
  caret.style.setProperty('--peer-color', color)
  return caret
}

/**
 * The others' carets and selections in a live body bound to the plan's document (y-tiptap's
 * cursor plugin, on the team connection's awareness): where each colleague's caret stands in
 * this body, and this editor's own caret told to them. Other windows of this browser profile
 * are left out, as in the presence list.
 */
export function peerCaretsPlugin({ awareness, userId }: TeamCaretSource): Plugin {
  return yCursorPlugin(awareness, {
    awarenessStateFilter: (selfClientId, clientId, state) =>
      selfClientId !== clientId && !(userId && teamUserOf(state)?.id === userId),
    cursorBuilder: caretElement,
    selectionBuilder: (user) => ({
      class: 'peer-selection',
      style: `background-color: ${personOf(user).color}33`,
    }),
  })
}
