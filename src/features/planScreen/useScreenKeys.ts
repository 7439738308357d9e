import { useEffect } from 'react'
import { matchesKeys } from '../../commands/keys'
import { openPrintPreview, savePlanNow } from '../../commands/plan/screenCommands'
import { useEditorStore } from '../../store/editorStore'
import { showToast } from '../../store/toastStore'
import { navigate } from '../../ui/useHashRoute'
import { cyclePane } from './paneCycle'
import { useSaveNowStore } from './saveNowStore'

/** 保存: write now, then the status bar says 已保存 (or the toast says why not). */
export async function saveNow(): Promise<void> {
  const result = await savePlanNow.perform()
  if (result.saved) useSaveNowStore.getState().confirm()
  else showToast(`${savePlanNow.label}未完成：${result.reason}`, 'error')
}

/** 打印预览 of the plan, offering the selected item as the print scope (as 导出 ▸ 打印预览 does). */
export function printPreview(planId: string): void {
  const selectedId = useEditorStore.getState().selectedId
  navigate({ name: 'print', planId, nodeId: selectedId ?? undefined })
}

/**
 * The plan screen's own Ctrl+S and Ctrl+P, in place of the browser's save-page and print
 * dialogs: caught first (capture on the window), wherever focus is on this screen. F6 with
 * focus nowhere goes to the first pane.
 */
export function useScreenKeys(planId: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (matchesKeys(event, savePlanNow.keys)) {
        event.preventDefault()
        if (!event.repeat) void saveNow()
      } else if (matchesKeys(event, openPrintPreview.keys)) {
        event.preventDefault()
        // A dialog open over the editor stays; its work would be lost by leaving the screen.
        if (document.querySelector('dialog[open], [role="dialog"][aria-modal="true"]')) return
        void savePlanNow.perform().then(() => printPreview(planId))
      } else if (event.key === 'F6' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        // Focus on nothing (the page itself): F6 still reaches the panes.
        const active = document.activeElement
        if (active && active !== document.body) return
        const root = document.querySelector<HTMLElement>('.editor-layout')
        if (!root) return
        event.preventDefault()
        cyclePane(root, event.shiftKey)
      }
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [planId])
}
