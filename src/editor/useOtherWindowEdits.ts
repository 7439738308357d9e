import type { Editor } from '@tiptap/core'
import { useEffect, useRef, useState } from 'react'
import { BOTH_KEPT_MESSAGE, bodyHash, conflictRemainder } from '../domain/outline/bodyConflict'
import { showToast } from '../store/toastStore'
import type { RichDoc } from '../domain/outline/types'
import { windowSession } from '../store/sessionStore'

/**
 * The live editor and other windows with the same item open. Each draft says which stored body
 * its text was typed on (`baseHash`), so the writer keeps both texts when another window changed
 * it meanwhile. Here: a body changed elsewhere while nothing was typed here is shown at once;
 * when a fold of this window's text merged another window's, that part is added to the editor.
 */
export function useOtherWindowEdits(
  editor: Editor | null,
  stored: RichDoc | null,
  storedSession: string | undefined,
  typedHere: () => boolean,
) {
  const [base] = useState(() => ({
    hash: bodyHash(stored),
    merged: conflictRemainder(stored) !== null,
  }))
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    if (!editor || editor.isDestroyed) return
    // Both windows' texts were just kept in this body (by either window's fold): say so.
    const merged = conflictRemainder(stored) !== null
    if (merged && !base.merged) showToast(BOTH_KEPT_MESSAGE)
    base.merged = merged
    const hash = bodyHash(stored)
    if (hash === base.hash) return
    if (storedSession === windowSession) {
      // This window's own fold; did it keep another window's text as well?
      const rest = conflictRemainder(stored)
      const current = editor.getJSON() as RichDoc
      // Already here (added before, perhaps typed after): not again.
      const here = JSON.stringify(current.content ?? [])
      if (!rest || here.includes(JSON.stringify(rest).slice(1, -1))) return
      base.hash = hash
      // Added at the end, so the caret (and the typing going on) stays where it is.
      editor.commands.insertContentAt(editor.state.doc.content.size, rest)
      return
    }
    // Changed by another window or a command: shown here if nothing was typed here yet.
    if (typedHere()) return
    base.hash = hash
    editor.commands.setContent(stored ?? '', { emitUpdate: false })
  }, [editor, stored, storedSession, base, typedHere])
  return base
}
