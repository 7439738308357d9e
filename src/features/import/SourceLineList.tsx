import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import type { ParsedLine } from '../../domain/import/types'
import { joinsHeadingAbove } from '../../domain/import/wrappedHeadings'
import { lineKey } from '../../domain/import/lineEdits'
import { roleLabel } from '../../domain/import/previewRows'
import { useDrawnInSteps } from '../../ui/useDrawnInSteps'

const PAGE = 400

interface SourceLineListProps {
  lines: readonly ParsedLine[]
  /** Position (in `lines`) of the selected line, or null. */
  selected: number | null
  onSelect: (position: number) => void
  onLevel: (delta: number) => void
  onToggleHeading: () => void
}

/**
 * The source's lines, numbered, each with what the parser made of it. A listbox: ↑↓ select,
 * Tab / Shift+Tab move a heading down / up a level, Enter turns heading ⇄ body. Blank lines are
 * left out and only the first lines render until asked (and those in steps, useDrawnInSteps), so
 * 10,000 lines stay quick.
 */
export function SourceLineList({
  lines,
  selected,
  onSelect,
  onLevel,
  onToggleHeading,
}: SourceLineListProps) {
  const idPrefix = useId()
  const shown = useMemo(
    () => lines.flatMap((line, position) => (line.role === 'blank' ? [] : [position])),
    [lines],
  )
  const firstHeading = useMemo(() => lines.findIndex((line) => line.role === 'heading'), [lines])
  const [limit, setLimit] = useState(PAGE)
  const listRef = useRef<HTMLUListElement>(null)
  const selectedAt = selected === null ? -1 : shown.indexOf(selected)
  const drawn = useDrawnInSteps(Math.min(limit, shown.length), selectedAt)
  const optionId = (position: number) => `${idPrefix}-line-${position}`

  useEffect(() => {
    if (selected === null) return
    document.getElementById(`${idPrefix}-line-${selected}`)?.scrollIntoView({ block: 'nearest' })
  }, [selected, idPrefix])

  const move = (to: number) => {
    const at = Math.max(0, Math.min(shown.length - 1, to))
    if (at >= limit) setLimit(at + PAGE)
    if (shown[at] !== undefined) onSelect(shown[at])
  }

  const pick = useCallback(
    (position: number) => {
      onSelect(position)
      listRef.current?.focus()
    },
    [onSelect],
  )

  const onKeyDown = (event: KeyboardEvent) => {
    const line = selected === null ? undefined : lines[selected]
    const key = event.key
    if (key === 'ArrowDown') move(selectedAt + 1)
    else if (key === 'ArrowUp') move(selectedAt < 0 ? 0 : selectedAt - 1)
    else if (key === 'PageDown') move(selectedAt + 10)
    else if (key === 'PageUp') move(selectedAt - 10)
    else if (key === 'Home') move(0)
    else if (key === 'End') move(shown.length - 1)
    // Tab only acts on a heading, so Tab from any other line still leaves the list.
    else if (key === 'Tab' && line?.role === 'heading') onLevel(event.shiftKey ? -1 : 1)
    else if (key === 'Enter' && line) onToggleHeading()
    else return
    event.preventDefault()
  }

  return (
    <>
      <ul
        ref={listRef}
        className="import-lines"
        role="listbox"
        aria-label="原文各行"
        tabIndex={0}
        aria-activedescendant={selected === null ? undefined : optionId(selected)}
        onKeyDown={onKeyDown}
        onFocus={() => selected === null && move(0)}
      >
        {shown.slice(0, drawn).map((position) => (
          <SourceLineOption
            key={lineKey(lines[position])}
            id={optionId(position)}
            line={lines[position]}
            position={position}
            selected={position === selected}
            inPreamble={firstHeading < 0 || position < firstHeading}
            joinsLevel={
              joinsHeadingAbove(lines, position) ? (lines[position - 1].level ?? 1) : null
            }
            onPick={pick}
          />
        ))}
      </ul>
      {shown.length > limit && (
        <button type="button" className="import-more" onClick={() => setLimit(limit + PAGE)}>
          显示更多（还有 {shown.length - limit} 行）
        </button>
      )}
    </>
  )
}

interface SourceLineOptionProps {
  id: string
  line: ParsedLine
  position: number
  selected: boolean
  inPreamble: boolean
  /** The level of the heading above whose title this line ends (a wrapped heading), or null. */
  joinsLevel: number | null
  onPick: (position: number) => void
}

/** The role of a line that ends the heading above (wrappedHeadings.ts): part of that heading. */
export const WRAPS_LABEL = '章节续行'

const indent = (level: number) => `${(level - 1) * 1.25}em`

/** One line; memoised, as a change re-renders only the lines it touched (up to 10,000 lines). */
const SourceLineOption = memo(function SourceLineOption({
  id,
  line,
  position,
  selected,
  inPreamble,
  joinsLevel,
  onPick,
}: SourceLineOptionProps) {
  if (joinsLevel !== null)
    return (
      <li
        id={id}
        role="option"
        aria-selected={selected}
        className="import-line role-heading role-wraps"
        title="这一行是上一行标题的后半，导入时并入上一行（按 Enter 改为单独的章节）"
        onClick={() => onPick(position)}
      >
        <span className="import-line-number">{line.sourceIndex + 1}</span>
        <span className="import-line-role">{WRAPS_LABEL}</span>
        <span className="import-line-text" style={{ paddingLeft: indent(joinsLevel) }}>
          <strong>{line.text}</strong>
        </span>
      </li>
    )
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className={`import-line role-${line.role}`}
      onClick={() => onPick(position)}
    >
      <span className="import-line-number">{line.sourceIndex + 1}</span>
      <span className="import-line-role">
        {roleLabel(line, inPreamble)}
        {line.role === 'heading' && ` · ${line.level ?? 1}级`}
      </span>
      <LineText line={line} />
    </li>
  )
})

/** The line's text; a heading's number and title in bold, a run-in rest in plain text. */
function LineText({ line }: { line: ParsedLine }) {
  if (line.role !== 'heading') return <span className="import-line-text">{line.text}</span>
  const rest = line.rest ?? ''
  const cut =
    rest !== '' && line.text.endsWith(rest) ? line.text.length - rest.length : line.text.length
  return (
    <span className="import-line-text" style={{ paddingLeft: indent(line.level ?? 1) }}>
      <strong>{line.text.slice(0, cut)}</strong>
      {line.text.slice(cut)}
    </span>
  )
}
