import { flushPendingEdits } from '../../store/pendingEdits'
import { isAllSaved, useSaveStore } from '../../store/saveStore'

/**
 * A plan-screen action that changes nothing in the plan (保存, 打印预览): named, labelled,
 * bound to keys. The screen binds the keys (before the browser's own Ctrl+S / Ctrl+P).
 */
export interface ScreenCommand {
  name: string
  label: string
  /** Key bindings as `Mod+Key` strings (see keys.ts). */
  keys: readonly string[]
}

/** 保存 (Ctrl+S): write every open field now, through the same flush a plan command uses. */
export const savePlanNow: ScreenCommand & { perform: () => Promise<SaveNowResult> } = {
  name: 'savePlan',
  label: '保存',
  keys: ['Ctrl+S'],
  perform: saveNow,
}

/** 打印预览 (Ctrl+P): the print preview of the plan, instead of printing the editing screen. */
export const openPrintPreview: ScreenCommand = {
  name: 'printPreview',
  label: '打印预览',
  keys: ['Ctrl+P'],
}

export type SaveNowResult = { saved: true } | { saved: false; reason: string }

/** Flush the open fields, then wait for every write in flight: saved, or the reason it is not. */
async function saveNow(): Promise<SaveNowResult> {
  await flushPendingEdits()
  const state = await settled()
  if (isAllSaved(state)) return { saved: true }
  return { saved: false, reason: state.error ?? '仍有内容未保存' }
}

/** The save state once no write is in flight (an autosave that began before the flush). */
function settled(): Promise<ReturnType<typeof useSaveStore.getState>> {
  return new Promise((resolve) => {
    const done = (state: ReturnType<typeof useSaveStore.getState>) => state.pending === 0
    const now = useSaveStore.getState()
    if (done(now)) return resolve(now)
    const unsubscribe = useSaveStore.subscribe((state) => {
      if (!done(state)) return
      unsubscribe()
      resolve(state)
    })
  })
}
