import { memo } from 'react'
import type { OutlineNode } from '../../domain/outline/types'
import { useDragStore } from '../../store/dragStore'
import { useEditorStore } from '../../store/editorStore'
import { treeRowId } from '../../ui/domIds'
import { RenameField } from './RenameField'
import { PeerMarker } from '../team/PeerMarker'

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
        <RenameField planId={planId} node={node} />
      ) : (
        <span className={node.title ? 'row-title' : 'row-title untitled'} title={node.title}>
          {node.title || '（未命名）'}
        </span>
      )}
      <PeerMarker planId={planId} nodeId={id} />
      {indicator && (
        <span className="drop-label" aria-hidden="true">
          {DROP_LABELS[indicator.kind][indicator.zone]}
        </span>
      )}
    </div>
  )
})
