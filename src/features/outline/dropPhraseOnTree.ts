import type { DropZone } from '../../domain/outline/computeDrop'
import { dropPosition } from '../../domain/outline/computeDrop'
import { insertNode } from '../../domain/outline/treeOps'
import { phraseParagraphs } from '../../domain/phrases/phraseContent'
import { runTreeOperation } from '../../db/patchRepo'
import { recordPhraseUse } from '../../db/phraseRepo'
import { appendParagraphToNode } from '../../db/planRepo'
import { newId } from '../../domain/newId'
import { getLiveEditor } from '../../editor/liveEditorRegistry'
import { useEditorStore } from '../../store/editorStore'
import { errorMessage, trackSave } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'
import { useUndoStore } from '../../store/undoStore'
import type { PhraseDragData } from '../../ui/phraseDragData'
import { focusTreeRow } from './treeCommands'

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
        live.editor.chain().focus().insertContentAt(end, phraseParagraphs(phrase.text)).run()
      } else {
        await trackSave(() => appendParagraphToNode(overId, phraseParagraphs(phrase.text)))
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
