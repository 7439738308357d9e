import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { recordPhraseUse } from '../../db/phraseRepo'
import { isPhraseDrag, readPhraseDrag } from '../../ui/phraseDragData'
import { insertPhrase } from '../slot/insertPhrase'

export interface PhraseDropOptions {
  /** Called after a phrase is inserted by a drop; records its use by default. */
  onPhraseUsed: (phraseId: string) => void
}

const phraseDropKey = new PluginKey('phraseDrop')

/**
 * Dropping a phrase from the phrase panel onto the live editor inserts it exactly at the drop
 * point, with its slots marked and the first slot selected. Other drops are left to ProseMirror.
 */
export const PhraseDrop = Extension.create<PhraseDropOptions>({
  name: 'phraseDrop',

  addOptions() {
    return {
      onPhraseUsed: (phraseId) => {
        recordPhraseUse(phraseId).catch(() => undefined)
      },
    }
  },

  addProseMirrorPlugins() {
    const editor = this.editor
    const options = this.options
    return [
      new Plugin({
        key: phraseDropKey,
        props: {
          handleDOMEvents: {
            dragover: (_view, event) => {
              if (!isPhraseDrag(event.dataTransfer)) return false
              // Accept the drop here; ProseMirror's drop cursor still shows where it lands.
              event.preventDefault()
              if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
              return false
            },
          },
          handleDrop: (view, event) => {
            if (!isPhraseDrag(event.dataTransfer)) return false
            const data = readPhraseDrag(event.dataTransfer)
            if (!data) return false
            // Ours entirely: not also a drop on the node around the editor.
            event.stopPropagation()
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
            const end = Math.max(view.state.doc.content.size - 1, 0)
            insertPhrase(editor, data.text, at ? at.pos : end)
            options.onPhraseUsed(data.phraseId)
            return true
          },
        },
      }),
    ]
  },
})
