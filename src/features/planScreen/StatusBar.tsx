import { useMemo, type ReactNode } from 'react'
import { nodeCharacters, planCharacters } from '../../domain/outline/planFields'
import type { OutlineNode, Plan } from '../../domain/outline/types'
import { useEditorStore } from '../../store/editorStore'
import { isAllSaved, useSaveStore } from '../../store/saveStore'
import type { Outline } from '../outline/useOutline'
import { useSaveNowStore } from './saveNowStore'

/** Each row's count, once per row version: rows a change did not touch keep their identity. */
const counted = new WeakMap<OutlineNode, number>()
function charactersOf(node: OutlineNode): number {
  let count = counted.get(node)
  if (count === undefined) {
    count = nodeCharacters(node)
    counted.set(node, count)
  }
  return count
}

/** Save state, character counts and (from the phrase library) unfilled slots. */
export function StatusBar({
  plan,
  outline,
  children,
}: {
  plan: Plan
  outline: Outline
  children?: ReactNode
}) {
  const selectedId = useEditorStore((state) => state.selectedId)
  const editing = useEditorStore((state) => state.editingId !== null)
  const selected = selectedId ? outline.tree.byId.get(selectedId) : undefined
  const selectedCount = useMemo(() => (selected ? nodeCharacters(selected) : 0), [selected])
  // Counted from what is shown, not the cached figure in the plan row; after a move or an edit
  // only the changed rows are counted again (on 10,000 rows a full count takes ~50 ms).
  const total = useMemo(() => {
    let sum = planCharacters(plan, [])
    for (const node of outline.tree.byId.values()) sum += charactersOf(node)
    return sum
  }, [plan, outline.tree])
  return (
    <footer className="status-bar">
      <SaveStatus />
      <span>
        全文 <strong data-testid="plan-char-count">{total.toLocaleString('zh-CN')}</strong> 字
      </span>
      {selected && (
        <span>
          本条{' '}
          <strong data-testid="node-char-count">{selectedCount.toLocaleString('zh-CN')}</strong> 字
        </span>
      )}
      <span>{outline.rows.length} 个条目</span>
      {children}
      {editing && (
        // The keys that write a whole plan without leaving the document.
        <span className="edit-hint">
          <kbd>Enter</kbd> 标题→正文 · <kbd>Ctrl+Enter</kbd> 新建下一条 · 标题中 <kbd>Tab</kbd> 降级
          · <kbd>Esc</kbd> 返回大纲
        </span>
      )}
    </footer>
  )
}

function SaveStatus() {
  const saving = useSaveStore((state) => !isAllSaved(state))
  const error = useSaveStore((state) => state.error)
  // 保存 (Ctrl+S) done: said again (a new element, announced and flashed) even when it was.
  const confirmed = useSaveNowStore((state) => state.confirmedAt)
  if (error)
    return (
      <span className="save-status error" role="alert">
        {error}
      </span>
    )
  return (
    <span
      key={confirmed}
      className={confirmed > 0 && !saving ? 'save-status confirmed' : 'save-status'}
      role="status"
      data-testid="save-status"
    >
      {saving ? '正在保存…' : '已保存'}
    </span>
  )
}
