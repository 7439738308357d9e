import { ariaKeyShortcuts, keyLabel } from '../../commands/keys'
import { OUTLINE_ITEM_COMMANDS } from '../../commands/outlineCommands'
import { addChapter, addSiblingAfter, addChild } from '../../commands/outline/addItem'
import { removeItem } from '../../commands/outline/removeItem'
import { replayUndo, runPlanCommand } from '../../commands/runPlanCommand'
import type { Tree } from '../../domain/outline/tree'
import { useEditorStore } from '../../store/editorStore'
import { useUndoStore } from '../../store/undoStore'
import { startNewItem } from './newItemFlow'

interface OutlineToolbarProps {
  planId: string
  tree: Tree
  onDelete: (id: string) => void
}

/** The outline commands as buttons, for mouse users; each title names its key. */
export function OutlineToolbar({ planId, tree, onDelete }: OutlineToolbarProps) {
  const selectedId = useEditorStore((state) => state.selectedId)
  const setCollapsed = useEditorStore((state) => state.setCollapsed)
  const undoLabel = useUndoStore((state) => state.past.at(-1)?.label)
  const redoLabel = useUndoStore((state) => state.future.at(-1)?.label)
  const selected = selectedId && tree.byId.has(selectedId) ? selectedId : null
  const parents = [...tree.childrenOf.keys()].filter((id): id is string => id !== null)
  const context = { selectedId: selected }

  const run = (command: (typeof OUTLINE_ITEM_COMMANDS)[number]) => {
    if (command === addSiblingAfter) void startNewItem(planId, 'sibling', selected, 'rename')
    else if (command === addChild) void startNewItem(planId, 'child', selected, 'rename')
    else if (command === removeItem) {
      if (selected) onDelete(selected)
    } else void runPlanCommand(command, planId, { id: selected })
  }

  return (
    <div role="toolbar" aria-label="大纲操作" className="outline-toolbar">
      <button type="button" onClick={() => void startNewItem(planId, 'chapter', null, 'rename')}>
        {addChapter.label}
      </button>
      {OUTLINE_ITEM_COMMANDS.map((command) => (
        <button
          key={command.name}
          type="button"
          disabled={command.when ? !command.when(context) : false}
          title={keyLabel(command.keys)}
          aria-keyshortcuts={ariaKeyShortcuts(command.keys)}
          onClick={() => run(command)}
        >
          {command.label}
        </button>
      ))}
      <button type="button" onClick={() => setCollapsed([])}>
        全部展开
      </button>
      <button type="button" onClick={() => setCollapsed(parents)}>
        全部折叠
      </button>
      <button
        type="button"
        disabled={!undoLabel}
        title={undoLabel ? `撤销“${undoLabel}”（Ctrl+Z）` : 'Ctrl+Z'}
        aria-keyshortcuts="Control+Z"
        onClick={() => void replayUndo(planId, 'undo')}
      >
        撤销
      </button>
      <button
        type="button"
        disabled={!redoLabel}
        title={redoLabel ? `重做“${redoLabel}”（Ctrl+Shift+Z）` : 'Ctrl+Shift+Z'}
        aria-keyshortcuts="Control+Shift+Z"
        onClick={() => void replayUndo(planId, 'redo')}
      >
        重做
      </button>
    </div>
  )
}
