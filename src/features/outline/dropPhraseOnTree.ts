import type { DropZone } from '../../domain/outline/computeDrop'
import { dropPosition } from '../../domain/outline/computeDrop'
import type { RichNode } from '../../domain/outline/types'
import { insertNode } from '../../domain/outline/treeOps'
import { splitBySlots } from '../../domain/phrases/slots'
import { runTreeOperation } from '../../db/patchRepo'
import { recordPhraseUse } from '../../db/phraseRepo'
import { appendParagraphToNode, newId } from '../../db/planRepo'
import { getLiveEditor } from '../../editor/liveEditorRegistry'
import { useEditorStore } from '../../store/editorStore'
import { errorMessage, trackSave } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'
import { useUndoStore } from '../../store/undoStore'
import type { PhraseDragData } from '../../ui/phraseDragData'
import { focusTreeRow } from './treeCommands'

/** A paragraph of phrase text, its `××` slots marked. */
export function phraseParagraph(text: string): RichNode {
  const content = splitBySlots(text)
    .filter((part) => part.text !== '')
    .map((part) =>
      part.slot
        ? { type: 'text', text: part.text, marks: [{ type: 'slot' }] }
        : { type: 'text', text: part.text },
    )
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' }
}

/**
 * A phrase dropped on the tree: on a row it is appended to that node's body as a new
 * paragraph; between rows it becomes a new item with the phrase as its title.
 */
export async function dropPhraseOnTree(
  planId: string,
  phrase: PhraseDragData,
  overId: string,
  zone: DropZone,
): Promise<void> {
  try {
    if (zone === 'inside') {
      const live = getLiveEditor()
      if (live?.nodeId === overId) {
        // The live editor owns that body: insert there, or its next save would drop the phrase.
        const end = live.editor.state.doc.content.size
        live.editor.chain().focus().insertContentAt(end, phraseParagraph(phrase.text)).run()
      } else {
        await trackSave(() => appendParagraphToNode(overId, phraseParagraph(phrase.text)))
      }
      useEditorStore.getState().select(overId, { scroll: true })
    } else {
      const result = await trackSave(() =>
        runTreeOperation(planId, (tree) => {
          const position = dropPosition(tree, [], overId, zone)
          if (!position) return { ok: false, reason: '无法放在这里' }
          const title = phrase.text.replace(/[。；;，,]$/, '')
          return insertNode(tree, { id: newId(), planId, title, body: null }, position)
        }),
      )
      if (!result.ok) {
        showToast(result.reason)
        return
      }
      useUndoStore.getState().record(result.patch)
      if (result.focusId) {
        useEditorStore.getState().select(result.focusId, { scroll: true })
        focusTreeRow(result.focusId)
      }
    }
    await recordPhraseUse(phrase.phraseId)
  } catch (error) {
    showToast(`插入失败：${errorMessage(error)}`, 'error')
  }
}
