import { memo, useMemo, useState } from 'react'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { chunked } from '../../domain/chunked'
import { flattenTree, subtreeOf } from '../../domain/outline/tree'
import { useEditorStore } from '../../store/editorStore'
import { OutlineRow } from './OutlineRow'
import { OutlineToolbar } from './OutlineToolbar'
import { removeItem } from '../../commands/outline/removeItem'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { startNewItem } from './newItemFlow'
import { treeDragHandlers } from './treeDrag'
import { handleTreeKey } from './treeKeyboard'
import type { Outline } from './useOutline'

/** Rows per chunk: the browser skips laying out chunks that are off screen. */
const CHUNK_SIZE = 100

/** The outline (left pane): a WAI-ARIA tree of numbered titles. */
export const OutlineTree = memo(function OutlineTree({
  planId,
  outline,
}: {
  planId: string
  outline: Outline
}) {
  const collapsed = useEditorStore((state) => state.collapsed)
  const hasSelection = useEditorStore((state) => state.selectedId !== null)
  const [deleting, setDeleting] = useState<string | null>(null)
  const { tree, numbers } = outline
  const visible = useMemo(() => flattenTree(tree, collapsed), [tree, collapsed])
  const drag = useMemo(() => treeDragHandlers(planId, tree), [planId, tree])
  const deletingNode = deleting ? tree.byId.get(deleting) : undefined
  const deletingCount = deleting ? subtreeOf(tree, deleting).length : 0

  return (
    <nav className="outline-pane" aria-label="大纲">
      <OutlineToolbar planId={planId} tree={tree} onDelete={setDeleting} />
      {visible.length === 0 ? (
        <p className="outline-empty">
          大纲为空。点击“添加章节”或按 <kbd>Enter</kbd> 开始。
        </p>
      ) : null}
      <div
        role="tree"
        aria-label="计划大纲"
        className="outline-tree"
        tabIndex={visible.length === 0 ? 0 : -1}
        onKeyDown={(event) => {
          if (event.target === event.currentTarget && event.key === 'Enter') {
            event.preventDefault()
            void startNewItem(planId, 'chapter', null, 'rename')
            return
          }
          handleTreeKey(event, planId, visible, collapsed, setDeleting)
        }}
        {...drag}
      >
        {chunked(visible, CHUNK_SIZE).map((rows, chunk) => (
          // Off-screen chunks are not laid out (content-visibility); role none keeps the tree flat.
          <div key={chunk} role="none" className="tree-chunk">
            {rows.map((row, index) => (
              <OutlineRow
                key={row.node.id}
                planId={planId}
                node={row.node}
                level={row.level}
                position={row.index + 1}
                hasChildren={row.hasChildren}
                number={numbers.get(row.node.id) ?? ''}
                setSize={tree.childrenOf.get(row.node.parentId)?.length ?? 1}
                expanded={!collapsed.has(row.node.id)}
                fallbackTabStop={!hasSelection && chunk === 0 && index === 0}
              />
            ))}
          </div>
        ))}
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title="删除条目"
        message={
          deletingCount > 1
            ? `确定删除“${deletingNode?.title || '（未命名）'}”及其下 ${deletingCount - 1} 个条目吗？可用 Ctrl+Z 撤销。`
            : `确定删除“${deletingNode?.title || '（未命名）'}”吗？可用 Ctrl+Z 撤销。`
        }
        confirmLabel="删除"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const id = deleting
          setDeleting(null)
          if (id) void runPlanCommand(removeItem, planId, { id })
        }}
      />
    </nav>
  )
})
