import { memo, useState, type DragEvent, type MouseEvent } from 'react'
import type { OutlineNode } from '../../domain/outline/types'
import { LiveBodyEditor } from '../../editor/LiveBodyEditor'
import { StaticBody } from '../../editor/StaticBody'
import { SlotText } from '../../editor/slot/SlotText'
import { useDocumentGeneration } from '../../store/documentGenerationStore'
import { useEditorStore } from '../../store/editorStore'
import { useBodyFragment } from './useBodyFragment'
import { docNodeId } from '../../ui/domIds'
import { focusTreeRow } from '../../ui/focusTreeRow'
import { newId } from '../../domain/newId'
import { startNewItem } from '../outline/newItemFlow'
import { DocTitleField } from './DocTitleField'
import { PeerMarker } from '../team/PeerMarker'
import { isPhraseDrag, readPhraseDrag } from '../../ui/phraseDragData'
import { armKeyCatcher } from '../../ui/keyCatcher'
import { textOffsetAtPoint } from '../../ui/textOffsetAtPoint'
import { openedPlanDocument } from '../../db/planDocuments'

interface DocumentNodeProps {
  node: OutlineNode
  number: string
  level: number
}

/** One node in the continuous document: number, title and body; live only while edited. */
export const DocumentNode = memo(function DocumentNode(props: DocumentNodeProps) {
  const { node, number, level } = props
  const id = node.id
  const editing = useEditorStore((state) => state.editingId === id)
  const selected = useEditorStore((state) => state.selectedId === id)
  const editingField = useEditorStore((state) =>
    state.editingId === id ? state.editingField : null,
  )
  const [clickAt, setClickAt] = useState<{ left: number; top: number } | null>(null)
  const [phraseOver, setPhraseOver] = useState(false)
  // One editing session of this item: the keystrokes of its title are one undo step.
  const [session, setSession] = useState(newId)
  const planId = node.planId
  const fragment = useBodyFragment(planId, id, editing)
  const generation = useDocumentGeneration((state) => state.generation)

  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (editing) return
    const inTitle = (event.target as HTMLElement).closest('.doc-heading') !== null
    setClickAt(inTitle ? null : { left: event.clientX, top: event.clientY })
    setSession(newId())
    // The plan's document still loading (a page just opened): the body's editor opens once it
    // is there. Keys typed meanwhile wait for it, its caret where the user clicked (or, clicked
    // elsewhere first, they are written there without it).
    if (!inTitle && !openedPlanDocument(planId)) {
      const text = event.currentTarget.querySelector('.body-text')
      const offset = text && textOffsetAtPoint(text, event.clientX, event.clientY)
      armKeyCatcher({ field: 'body', planId, nodeId: id, at: offset ?? 'end' })
    }
    useEditorStore.getState().startEditing(id, inTitle ? 'title' : 'body')
  }

  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (editing || !isPhraseDrag(event.dataTransfer)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setPhraseOver(true)
  }

  const onDrop = (event: DragEvent<HTMLElement>) => {
    setPhraseOver(false)
    if (editing || event.defaultPrevented) return
    const phrase = readPhraseDrag(event.dataTransfer)
    if (!phrase) return
    event.preventDefault()
    const store = useEditorStore.getState()
    store.setPendingInsert({
      nodeId: id,
      text: phrase.text,
      phraseId: phrase.phraseId,
      coords: { left: event.clientX, top: event.clientY },
    })
    store.startEditing(id, 'body')
  }

  const headingLevel = Math.min(level + 1, 6)
  return (
    <section
      id={docNodeId(id)}
      data-node-id={id}
      aria-label={`${number}${node.title}`}
      className={[
        'doc-node',
        `level-${Math.min(level, 5)}`,
        editing && 'editing',
        selected && 'selected',
        phraseOver && 'phrase-over',
      ]
        .filter(Boolean)
        .join(' ')}
      onClick={onClick}
      onDragOver={onDragOver}
      onDragLeave={() => setPhraseOver(false)}
      onDrop={onDrop}
    >
      <PeerMarker planId={planId} nodeId={id} />
      <div
        className="doc-heading"
        role="heading"
        aria-level={headingLevel}
        aria-label={`${number}${node.title || '未命名'}`}
      >
        <span className="doc-number">{number}</span>
        {editing ? (
          <DocTitleField node={node} autoFocus={editingField === 'title'} session={session} />
        ) : (
          <span className={node.title ? 'doc-title' : 'doc-title untitled'}>
            {node.title ? <SlotText text={node.title} /> : '（未命名）'}
          </span>
        )}
      </div>
      {editing && fragment ? (
        <LiveBodyEditor
          planId={planId}
          key={`${id}:${generation}`}
          editorKey={id}
          label={`${number}${node.title} 正文`}
          fragment={fragment}
          clickAt={clickAt}
          autoFocus={editingField === 'body'}
          onNextItem={() => void startNewItem(planId, 'sibling', id, 'title')}
          onExit={() => focusTreeRow(id)}
        />
      ) : (
        <StaticBody doc={node.body} />
      )}
    </section>
  )
})
