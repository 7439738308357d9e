import { useFindStore } from './findStore'

/** 查找替换 in the editor toolbar (Ctrl+F / Ctrl+H). */
export function FindButton() {
  const open = useFindStore((state) => state.open)
  return (
    <button
      type="button"
      aria-pressed={open}
      title="查找（Ctrl+F）、替换（Ctrl+H）"
      onClick={() =>
        open ? useFindStore.getState().close() : useFindStore.getState().openFind(true)
      }
    >
      查找替换
    </button>
  )
}
