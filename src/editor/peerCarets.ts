import { Extension } from '@tiptap/core'
import { yCursorPlugin } from '@tiptap/y-tiptap'
import type { Awareness } from 'y-protocols/awareness'
import { colorForName, teamUserOf, type TeamCaretSource } from '../domain/team/teamPresence'
import './peerCarets.css'

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

type Handler = (...args: unknown[]) => void
const NOBODY: Map<number, Record<string, unknown>> = new Map()

/**
 * The awareness an editor's carets plugin sees: the plan's team connection's while there is one
 * (it changes when the connection restarts), none otherwise (no states: nothing shown, nothing
 * told). The plugin is made once with the editor and never swapped: changing an editor's plugins
 * re-creates every plugin view, and the body's binding to the document with it (the body drawn
 * again from the document, the caret put back by position).
 */
export class PeerCaretsSource {
  private current: Awareness | null = null
  private handlers = new Set<Handler>()
  /** The caret this editor last told (another editor of the window may have told one since). */
  private told: unknown = null
  userId = ''
  private readonly forward: Handler = (...args) => {
    for (const handler of this.handlers) handler(...args)
  }

  constructor(team: TeamCaretSource | null) {
    this.follow(team)
  }

  /** Follow the connection's awareness (null: not connected, or the editor closing). */
  follow(team: TeamCaretSource | null): void {
    const next = team?.awareness ?? null
    this.userId = team?.userId ?? ''
    if (next === this.current) return
    // This editor's caret leaves the old awareness with it (not another editor's of the window).
    if (this.told && this.current?.getLocalState()?.cursor === this.told)
      this.current.setLocalStateField('cursor', null)
    this.told = null
    this.current?.off('change', this.forward)
    this.current = next
    next?.on('change', this.forward)
    // The plugin draws the carets again and tells this editor's caret to the new awareness.
    this.forward()
  }

  getStates(): Map<number, Record<string, unknown>> {
    return this.current?.getStates() ?? NOBODY
  }

  getLocalState(): Record<string, unknown> | null {
    return this.current?.getLocalState() ?? null
  }

  setLocalStateField(field: string, value: unknown): void {
    if (!this.current) return
    if (field === 'cursor') this.told = value
    this.current.setLocalStateField(field, value)
  }

  on(name: string, handler: Handler): void {
    if (name === 'change') this.handlers.add(handler)
  }

  off(name: string, handler: Handler): void {
    if (name === 'change') this.handlers.delete(handler)
  }
}

/**
 * The others' carets and selections in a live body bound to the plan's document (y-tiptap's
 * cursor plugin on the team connection's awareness): where each colleague's caret stands in this
 * body, and this editor's own caret told to them. Other windows of this browser profile are left
 * out, as in the presence list. Without a connection it shows and tells nothing.
 */
export const PeerCarets = Extension.create<{ source: PeerCaretsSource | null }>({
  name: 'peerCarets',
  addOptions: () => ({ source: null }),
  addProseMirrorPlugins() {
    const source = this.options.source
    if (!source) return []
    // The plugin uses only the part of an Awareness that PeerCaretsSource has.
    const awareness = source as unknown as Awareness
    return [
      yCursorPlugin(awareness, {
        awarenessStateFilter: (selfClientId, clientId, state) =>
          selfClientId !== clientId && !(source.userId && teamUserOf(state)?.id === source.userId),
        cursorBuilder: caretElement,
        selectionBuilder: (user) => ({
          class: 'peer-selection',
          style: `background-color: ${personOf(user).color}33`,
        }),
      }),
    ]
  },
})
