import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { SearchResult } from '../../domain/phrases/search'
import type { Phrase } from '../../domain/phrases/types'
import { setPhraseDrag } from '../../ui/phraseDragData'

/** Rendering more than this many options makes typing lag; the user narrows by searching. */
export const LIST_LIMIT = 200

interface PhraseListProps {
  results: readonly SearchResult[]
  activeId: string | null
  /** Category names, shown beside each phrase while searching all categories. */
  categoryNames: ReadonlyMap<string, string> | null
  emptyMessage: string
  onActiveChange: (id: string | null) => void
  onInsert: (phrase: Phrase) => void
}

const optionId = (id: string) => `phrase-option-${id}`

/**
 * The phrases as a WAI-ARIA listbox: focus stays on the list, arrow keys move the active
 * option, Enter or double-click inserts it, and every option can be dragged into the plan.
 */
export function PhraseList(props: PhraseListProps) {
  const { results, activeId, categoryNames, emptyMessage, onActiveChange, onInsert } = props
  const shown = results.length > LIST_LIMIT ? results.slice(0, LIST_LIMIT) : results
  const activeIndex = shown.findIndex((result) => result.phrase.id === activeId)
  // A click focuses the list too: then the clicked option, not the first, becomes active.
  const pointerDown = useRef(false)

  useEffect(() => {
    if (!activeId) return
    document.getElementById(optionId(activeId))?.scrollIntoView({ block: 'nearest' })
  }, [activeId])

  const moveTo = (index: number) => {
    const result = shown[Math.max(0, Math.min(index, shown.length - 1))]
    if (result) onActiveChange(result.phrase.id)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.nativeEvent.isComposing) return
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex === -1 ? 0 : activeIndex - 1),
      Home: () => moveTo(0),
      End: () => moveTo(shown.length - 1),
      PageDown: () => moveTo(activeIndex + 10),
      PageUp: () => moveTo(activeIndex - 10),
      Enter: () => {
        const result = shown[activeIndex]
        if (result) onInsert(result.phrase)
      },
    }
    const action = keys[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  if (shown.length === 0) return <p className="phrase-empty">{emptyMessage}</p>
  return (
    <>
      <ul
        role="listbox"
        aria-label="常用语列表"
        className="phrase-list"
        tabIndex={0}
        aria-activedescendant={activeIndex === -1 ? undefined : optionId(activeId!)}
        onKeyDown={onKeyDown}
        onMouseDown={() => (pointerDown.current = true)}
        onFocus={() => {
          if (!pointerDown.current && activeIndex === -1) moveTo(0)
          pointerDown.current = false
        }}
      >
        {shown.map(({ phrase, highlight }) => (
          <li
            key={phrase.id}
            id={optionId(phrase.id)}
            role="option"
            aria-selected={phrase.id === activeId}
            className={[
              'phrase-option',
              phrase.id === activeId && 'active',
              phrase.hidden && 'hidden-phrase',
            ]
              .filter(Boolean)
              .join(' ')}
            draggable
            title="拖到文档或大纲中插入；双击或按回车插入到光标处"
            onDragStart={(event) => {
              onActiveChange(phrase.id)
              setPhraseDrag(event.dataTransfer, { phraseId: phrase.id, text: phrase.text })
            }}
            onMouseDown={() => onActiveChange(phrase.id)}
            onDoubleClick={() => onInsert(phrase)}
          >
            {phrase.favorite && (
              <span className="phrase-star" aria-label="已收藏">
                ★
              </span>
            )}
            <span className="phrase-text">
              <Highlighted text={phrase.text} range={highlight} />
            </span>
            {phrase.hidden && <span className="phrase-tag">已隐藏</span>}
            {categoryNames && (
              <span className="phrase-tag">{categoryNames.get(phrase.categoryId) ?? ''}</span>
            )}
          </li>
        ))}
      </ul>
      {results.length > LIST_LIMIT && (
        <p className="phrase-more">
          共 {results.length} 条，仅显示前 {LIST_LIMIT} 条，请输入关键词缩小范围。
        </p>
      )}
    </>
  )
}

function Highlighted({ text, range }: { text: string; range: SearchResult['highlight'] }) {
  if (!range || range.to <= range.from) return <>{text}</>
  return (
    <>
      {text.slice(0, range.from)}
      <strong className="phrase-match">{text.slice(range.from, range.to)}</strong>
      {text.slice(range.to)}
    </>
  )
}
