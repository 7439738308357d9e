import type { Tree } from '../../domain/outline/tree'
import { useEditorStore } from '../../store/editorStore'
import { useUndoStore } from '../../store/undoStore'
import { treeCommands } from './treeCommands'

interface OutlineToolbarProps {
  planId: string
  tree: Tree
  onDelete: (id: string) => void
}

/** Buttons for every tree operation, for mouse users; keys are in the titles. */
export function OutlineToolbar({ planId, tree, onDelete }: OutlineToolbarProps) {
  const selectedId = useEditorStore((state) => state.selectedId)
  const setCollapsed = useEditorStore((state) => state.setCollapsed)
  const canUndo = useUndoStore((state) => state.past.length > 0)
  const canRedo = useUndoStore((state) => state.future.length > 0)
  const selected = selectedId && tree.byId.has(selectedId) ? selectedId : null
  const withSelected = (action: (planId: string, id: string) => unknown) => () => {
    if (selected) void action(planId, selected)
  }
  const parents = [...tree.childrenOf.keys()].filter((id): id is string => id !== null)

  return (
    <div role="toolbar" aria-label="大纲操作" className="outline-toolbar">
      <button type="button" onClick={() => void treeCommands.addChapter(planId)}>
        添加章节
      </button>
      <button
        type="button"
        disabled={!selected}
        title="Enter"
        onClick={withSelected(treeCommands.addSiblingAfter)}
      >
        添加同级
      </button>
      <button type="button" disabled={!selected} onClick={withSelected(treeCommands.addChild)}>
        添加下级
      </button>
      <button
        type="button"
        disabled={!selected}
        title="Shift+Tab"
        onClick={withSelected(treeCommands.outdent)}
      >
        升级
      </button>
      <button
        type="button"
        disabled={!selected}
        title="Tab"
        onClick={withSelected(treeCommands.indent)}
      >
        降级
      </button>
      <button
        type="button"
        disabled={!selected}
        title="Alt+↑"
        onClick={withSelected(treeCommands.moveUp)}
      >
        上移
      </button>
      <button
        type="button"
        disabled={!selected}
        title="Alt+↓"
        onClick={withSelected(treeCommands.moveDown)}
      >
        下移
      </button>
      <button
        type="button"
        disabled={!selected}
        title="Ctrl+D"
        onClick={withSelected(treeCommands.duplicate)}
      >
        复制
      </button>
      <button
        type="button"
        disabled={!selected}
        title="Delete"
        onClick={() => selected && onDelete(selected)}
      >
        删除
      </button>
      <button type="button" onClick={() => setCollapsed([])}>
        全部展开
      </button>
      <button type="button" onClick={() => setCollapsed(parents)}>
        全部折叠
      </button>
      <button
        type="button"
        disabled={!canUndo}
        title="Ctrl+Z"
        onClick={() => void treeCommands.undo(planId)}
      >
        撤销
      </button>
      <button
        type="button"
        disabled={!canRedo}
        title="Ctrl+Shift+Z"
        onClick={() => void treeCommands.redo(planId)}
      >
        重做
      </button>
    </div>
  )
}
