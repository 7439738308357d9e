import { useEffect, useMemo } from 'react'
import type * as Y from 'yjs'
import { restoreNodeInPlan } from '../../commands/outline/restoreNodeInPlan'
import { openedPlanDocument } from '../../db/planDocuments'
import { usePlanDocumentLoaded } from '../../data/usePlanDocument'
import { isNodeDeleted } from '../../domain/document/documentOperations'
import { nodeRecord, recordBody } from '../../domain/document/planDocument'
import { useDocumentGeneration } from '../../store/documentGenerationStore'
import { useEditorStore } from '../../store/editorStore'
import { showToast } from '../../store/toastStore'

/**
 * The body fragment of an item being edited, from the plan's open document. When the item is
 * deleted while its body is being typed (by another window or a colleague), its editor closes
 * and the user is told: the typed text is kept in the document and 恢复 brings the item back.
 */
export function useBodyFragment(
  planId: string,
  id: string,
  editing: boolean,
): Y.XmlFragment | null {
  // Opened by the plan screen; still loading right after the plan opens (the editor then waits).
  const loaded = usePlanDocumentLoaded(planId)
  const generation = useDocumentGeneration((state) => state.generation)
  const fragment = useMemo(() => {
    if (!editing || !loaded) return null
    const opened = openedPlanDocument(planId)
    const record = opened && nodeRecord(opened.doc, id)
    return record ? recordBody(record) : null
    // A new generation: the document was replaced, its fragment is a new one.
  }, [planId, id, editing, loaded, generation]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!editing) return
    return () => {
      // The static body shown from now on is read from the row: written now, not when the
      // writer's typing pause (1 s) ends.
      void openedPlanDocument(planId)
        ?.rows.flush()
        .catch(() => undefined)
      // Unmounted while still the item being edited: its row went away under the editor.
      if (useEditorStore.getState().editingId !== id) return
      const opened = openedPlanDocument(planId)
      if (!opened || !isNodeDeleted(opened.doc, id)) return
      useEditorStore.getState().stopEditing()
      showToast('正在编辑的条目已在其他窗口被删除，输入的文字已保留。', 'info', {
        label: '恢复',
        run: () => void restoreNodeInPlan(planId, id),
      })
    }
  }, [planId, id, editing])
  return fragment
}
