import { memo, useState, type KeyboardEvent } from 'react'
import type { OutlineNode } from '../../domain/outline/types'
import { saveNodeFields } from '../../db/planRepo'
import { useDragStore } from '../../store/dragStore'
import { useEditorStore } from '../../store/editorStore'
import { trackSave } from '../../store/saveStore'
import { treeRowId } from '../../ui/domIds'
import { treeCommands } from './treeCommands'

interface OutlineRowProps {
  planId: string
  node: OutlineNode
  level: number
  /** 1-based position among siblings. */
  position: number
  hasChildren: boolean
  number: string
  setSize: number
  expanded: boolean
  /** The row that takes Tab focus when nothing is selected. */
  fallbackTabStop: boolean
}

const DROP_LABELS = {
  node: { before: '移到此条之前', after: '移到此条之后', inside: '移为此条的下级' },
  phrase: { before: '在此处新建条目', after: '在此处新建条目', inside: '追加到此条正文末尾' },
}

/** One treeitem: twisty, computed number, title; renames in place. */
export const OutlineRow = memo(function OutlineRow(props: OutlineRowProps) {
  const { planId, node, level, position, hasChildren, number, setSize, expanded } = props
  const id = node.id
  const selected = useEditorStore((state) => state.selectedId === id)
  const editing = useEditorStore((state) => state.editingId === id)
  const renaming = useEditorStore((state) => state.renamingId === id)
  const indicator = useDragStore((state) => (state.indicator?.id === id ? state.indicator : null))
  const dragging = useDragStore((state) => state.draggingIds.includes(id))
  const toggleCollapsed = useEditorStore((state) => state.toggleCollapsed)
  const select = useEditorStore((state) => state.select)

  return (
    <div
      role="treeitem"
      id={treeRowId(id)}
      data-id={id}
      aria-label={`${number}${node.title || '未命名'}`}
      aria-level={level}
      aria-setsize={setSize}
      aria-posinset={position}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      aria-current={editing ? 'true' : undefined}
      tabIndex={selected || props.fallbackTabStop ? 0 : -1}
      draggable={!renaming}
      className={[
        'tree-row',
        selected && 'selected',
        editing && 'editing',
        dragging && 'dragging',
        indicator && `drop-${indicator.zone}`,
      ]
        .filter(Boolean)
        .join(' ')}
      style={{ paddingLeft: `${(level - 1) * 1.25 + 0.25}rem` }}
      onClick={() => select(id, { scroll: true })}
      onDoubleClick={() => useEditorStore.getState().startRenaming(id)}
    >
      <span
        className="twisty"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation()
          if (hasChildren) toggleCollapsed(id)
        }}
      >
        {hasChildren ? (expanded ? '▾' : '▸') : ''}
      </span>
      <span className="row-number">{number}</span>
      {renaming ? (
        <RenameInput planId={planId} id={id} initial={node.title} />
      ) : (
        <span className={node.title ? 'row-title' : 'row-title untitled'}>
          {node.title || '（未命名）'}
        </span>
      )}
      {indicator && (
        <span className="drop-label" aria-hidden="true">
          {DROP_LABELS[indicator.kind][indicator.zone]}
        </span>
      )}
    </div>
  )
})

/** The title field of a row being renamed: Enter keeps, Escape cancels, Tab keeps and indents. */
function RenameInput({ planId, id, initial }: { planId: string; id: string; initial: string }) {
  const [value, setValue] = useState(initial)
  const finish = async (keep: boolean) => {
    useEditorStore.getState().startRenaming(null)
    if (keep && value !== initial)
      await trackSave(() => saveNodeFields(id, { title: value.trim() }))
  }
  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation()
    const row = event.currentTarget.closest<HTMLElement>('[role="treeitem"]')
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault()
      // Focus moves to the row at once, so the next key (Enter: new sibling) lands there.
      const saving = finish(true)
      row?.focus()
      await saving
    } else if (event.key === 'Escape') {
      event.preventDefault()
      const saving = finish(false)
      row?.focus()
      await saving
    } else if (event.key === 'Tab') {
      event.preventDefault()
      await finish(true)
      await (event.shiftKey ? treeCommands.outdent(planId, id) : treeCommands.indent(planId, id))
      useEditorStore.getState().startRenaming(id)
    }
  }
  return (
    <input
      className="rename-input"
      aria-label="条目标题"
      placeholder="输入标题，回车确认"
      autoFocus
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (useEditorStore.getState().renamingId === id) void finish(true)
      }}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  )
}
