import { appendPhraseToBody, insertPhraseItem } from '../../commands/plan/dropPhrase'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { recordPhraseUse } from '../../db/phraseRepo'
import type { DropZone } from '../../domain/outline/computeDrop'
import { phraseParagraphs } from '../../domain/phrases/phraseContent'
import { getLiveEditor } from '../../editor/liveEditorRegistry'
import { useEditorStore } from '../../store/editorStore'
import type { PhraseDragData } from '../../ui/phraseDragData'

/**
 * A phrase dropped on the tree: on a row it is appended to that node's body as a new
 * paragraph; between rows it becomes a new item with the phrase as its title. Both are commands
 * (undoable); into the body being edited it goes through the live editor, which owns that body.
 */
export async function dropPhraseOnTree(
  planId: string,
  phrase: PhraseDragData,
  overId: string,
  zone: DropZone,
): Promise<void> {
  let ok = true
  const live = getLiveEditor()
  if (zone === 'inside' && live?.nodeId === overId) {
    const end = live.editor.state.doc.content.size
    live.editor.chain().focus().insertContentAt(end, phraseParagraphs(phrase.text)).run()
    useEditorStore.getState().select(overId, { scroll: true })
  } else if (zone === 'inside') {
    const paragraphs = phraseParagraphs(phrase.text)
    ok = (await runPlanCommand(appendPhraseToBody, planId, { id: overId, paragraphs })).ok
  } else {
    ok = (await runPlanCommand(insertPhraseItem, planId, { overId, zone, text: phrase.text })).ok
  }
  if (ok) await recordPhraseUse(phrase.phraseId).catch(() => undefined)
}
