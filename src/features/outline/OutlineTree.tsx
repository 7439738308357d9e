import { memo, useCallback, useMemo, useRef, useState } from 'react'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { flattenTree, subtreeOf } from '../../domain/outline/tree'
import { useDragStore } from '../../store/dragStore'
import { useEditorStore } from '../../store/editorStore'
import { useVirtualList } from '../../ui/virtual/useVirtualList'
import { VirtualGap } from '../../ui/virtual/VirtualGap'
import { OutlineRow } from './OutlineRow'
import { OutlineToolbar } from './OutlineToolbar'
import { removeItem } from '../../commands/outline/removeItem'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { startNewItem } from './newItemFlow'
import { treeDragHandlers } from './treeDrag'
import { handleTreeKey } from './treeKeyboard'
import type { Outline } from './useOutline'

/** Trees this long or shorter render every row; longer ones only the rows near the viewport. */
export const TREE_VIRTUAL_THRESHOLD = 200
/** A row's height before it is measured (2rem and its borders). */
const ROW_ESTIMATE = 36

/** The outline (left pane): a WAI-ARIA tree of numbered titles. */
export const OutlineTree = memo(function OutlineTree({
  planId,
  outline,
}: {
  planId: string
  outline: Outline
}) {
  const collapsed = useEditorStore((state) => state.collapsed)
  const selectedId = useEditorStore((state) => state.selectedId)
  const renamingId = useEditorStore((state) => state.renamingId)
  const editingId = useEditorStore((state) => state.editingId)
  const draggingId = useDragStore((state) => state.draggingIds[0] ?? null)
  const hasSelection = selectedId !== null
  const [deleting, setDeleting] = useState<string | null>(null)
  const { tree, numbers } = outline
  // Nothing folded: the document's rows are the tree's rows (flattened once per change).
  const visible = useMemo(
    () => (collapsed.size === 0 ? outline.rows : flattenTree(tree, collapsed)),
    [outline.rows, tree, collapsed],
  )
  const indexOf = useMemo(
    () => new Map(visible.map((row, index) => [row.node.id, index])),
    [visible],
  )
  const treeElement = useRef<HTMLDivElement>(null)
  const keyOf = useCallback((index: number) => visible[index].node.id, [visible])
  // Rendered wherever they are: the focused (selected) row, the one being renamed or dragged,
  // the row of the item being edited; with nothing selected, the first row is the Tab stop.
  const pinned = [selectedId ?? visible[0]?.node.id, renamingId, editingId, draggingId]
    .map((id) => (id ? (indexOf.get(id) ?? -1) : -1))
    .filter((index) => index >= 0)
  const segments = useVirtualList({
    count: visible.length,
    keyOf,
    estimate: estimateRow,
    scroller: treeElement,
    list: treeElement,
    keyAttribute: 'data-id',
    overscan: 400,
    pinned,
    threshold: TREE_VIRTUAL_THRESHOLD,
  })
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
        ref={treeElement}
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
        {
          // One flat list of keyed children, so a row keeps its element (and focus) while the
          // window moves around it.
          segments.flatMap((segment) =>
            segment.kind === 'gap'
              ? [<VirtualGap key={`gap-${segment.start}`} size={segment.size} />]
              : visible
                  .slice(segment.start, segment.end)
                  .map((row, offset) => (
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
                      fallbackTabStop={!hasSelection && segment.start + offset === 0}
                    />
                  )),
          )
        }
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

const estimateRow = () => ROW_ESTIMATE
