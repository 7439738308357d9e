import type { Tree } from '../../domain/outline/tree'
import { useEditorStore } from '../../store/editorStore'
import { useUndoStore } from '../../store/undoStore'
import { treeCommands } from './treeCommands'

interface OutlineToolbarProps {
  planId: string
  tree: Tree
  onDelete: (id: string) => void
}

/** Operations on the selected row, for mouse users; the titles name the keys. */
const SELECTED_ACTIONS: {
  label: string
  keys?: string
  run: (planId: string, id: string) => unknown
}[] = [
  { label: '添加同级', keys: 'Enter', run: treeCommands.addSiblingAfter },
  { label: '添加下级', run: treeCommands.addChild },
  { label: '升级', keys: 'Shift+Tab', run: treeCommands.outdent },
  { label: '降级', keys: 'Tab', run: treeCommands.indent },
  { label: '上移', keys: 'Alt+↑', run: treeCommands.moveUp },
  { label: '下移', keys: 'Alt+↓', run: treeCommands.moveDown },
  { label: '复制', keys: 'Ctrl+D', run: treeCommands.duplicate },
]

export function OutlineToolbar({ planId, tree, onDelete }: OutlineToolbarProps) {
  const selectedId = useEditorStore((state) => state.selectedId)
  const setCollapsed = useEditorStore((state) => state.setCollapsed)
  const canUndo = useUndoStore((state) => state.past.length > 0)
  const canRedo = useUndoStore((state) => state.future.length > 0)
  const selected = selectedId && tree.byId.has(selectedId) ? selectedId : null
  const parents = [...tree.childrenOf.keys()].filter((id): id is string => id !== null)

  return (
    <div role="toolbar" aria-label="大纲操作" className="outline-toolbar">
      <button type="button" onClick={() => void treeCommands.addChapter(planId)}>
        添加章节
      </button>
      {SELECTED_ACTIONS.map((action) => (
        <button
          key={action.label}
          type="button"
          disabled={!selected}
          title={action.keys}
          onClick={() => selected && void action.run(planId, selected)}
        >
          {action.label}
        </button>
      ))}
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
