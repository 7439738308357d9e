import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { replaceOneText } from '../../commands/plan/replaceText'
import { replaceAllInPlan } from '../../commands/plan/replaceTextAll'
import { replayUndo, runPlanCommand } from '../../commands/runPlanCommand'
import type { FindMatch, FindQuery } from '../../domain/find/findInPlan'
import { DEFAULT_FIND_OPTIONS, type FindOptions } from '../../domain/find/findOptions'
import { usePlanNodes } from '../../data/planQueries'
import { useEditorStore } from '../../store/editorStore'
import { flushPendingEdits } from '../../store/pendingEdits'
import { showToast } from '../../store/toastStore'
import { useFindStore } from './findStore'
import { registerFindStepper } from './findSteps'
import { dropFindSpace, openAtMatch, revealMatch } from './jumpToMatch'
import { useMatchPaint } from './useMatchPaint'
import { useOverDocument } from './useOverDocument'
import { usePlanSearch } from './usePlanSearch'
import './find.css'

const OPTION_LABELS: [keyof FindOptions, string][] = [
  ['caseSensitive', '区分大小写'],
  ['width', '全角/半角视为相同'],
  ['script', '简繁视为相同'],
  ['wholePhrase', '整词匹配'],
]

// What the bar held when it last closed: it opens with it again (selected, to type over).
const remembered = { text: '', replacement: '', options: DEFAULT_FIND_OPTIONS }

const keyOf = (text: string, options: FindOptions) =>
  `${text}\u0000${options.caseSensitive}${options.width}${options.script}${options.wholePhrase}`
const queryKey = (query: FindQuery | null) => (query ? keyOf(query.text, query.options) : '')

/** After a replace: the first match past the new text (not one inside it), else the first. */
function indexAfterReplace(
  matches: readonly FindMatch[],
  replaced: FindMatch,
  at: number,
  length: number,
) {
  let index = at
  while (
    index < matches.length &&
    matches[index].nodeId === replaced.nodeId &&
    matches[index].field === replaced.field &&
    matches[index].from < replaced.from + length
  )
    index++
  if (matches.length === 0) return -1
  return index < matches.length ? index : 0
}

/** Writes what is typed and closes the open fields, so the stored text is what gets replaced. */
async function closeFields(): Promise<void> {
  await flushPendingEdits()
  useEditorStore.getState().stopEditing()
}

/** The find bar (Ctrl+F) with its replace row (Ctrl+H). */
export function FindBar({ planId }: { planId: string }) {
  const replaceOpen = useFindStore((state) => state.replace)
  const focusRequest = useFindStore((state) => state.focusRequest)
  const [text, setTextState] = useState(remembered.text)
  const [replacement, setReplacementState] = useState(remembered.replacement)
  const [options, setOptionsState] = useState<FindOptions>(remembered.options)
  const setText = (value: string) => setTextState((remembered.text = value))
  const setReplacement = (value: string) => setReplacementState((remembered.replacement = value))
  const setOptions = (value: FindOptions) => setOptionsState((remembered.options = value))
  const search = usePlanSearch(planId, text, options)
  const nodes = usePlanNodes(planId)
  const byId = useMemo(() => new Map((nodes ?? []).map((node) => [node.id, node])), [nodes])
  const [current, setCurrent] = useState({ key: '', index: -1 })
  const [busy, setBusy] = useState(false)
  const afterReplace = useRef<{ match: FindMatch; index: number; length: number } | null>(null)
  const findInput = useRef<HTMLInputElement>(null)
  const place = useOverDocument()

  const matches = search.matches ?? []
  const resultKey = queryKey(search.query)
  const fresh = search.matches !== null && resultKey === keyOf(text, options)
  const index = current.key === resultKey ? Math.min(current.index, matches.length - 1) : -1

  useEffect(() => {
    findInput.current?.focus()
    findInput.current?.select()
  }, [focusRequest])

  // A replace done: once the plan's new matches are in, go on to the next one.
  useEffect(() => {
    const done = afterReplace.current
    if (!done || !search.matches) return
    afterReplace.current = null
    const next = indexAfterReplace(search.matches, done.match, done.index, done.length)
    setCurrent({ key: queryKey(search.query), index: next })
    setBusy(false)
    if (next >= 0) revealMatch(search.matches[next], byId)
  }, [search, byId])

  useMatchPaint(matches, index)
  useEffect(() => dropFindSpace, [])

  // Enter pressed before the search for what was just typed is done: applied once it is.
  const pendingSteps = useRef(0)
  const step = (delta: number) => {
    if (!fresh && text) pendingSteps.current += delta
    if (!fresh || matches.length === 0 || delta === 0) return
    const count = matches.length
    const next = index < 0 ? (delta > 0 ? delta - 1 : count + delta) : index + delta
    const wrapped = ((next % count) + count) % count
    setCurrent({ key: resultKey, index: wrapped })
    revealMatch(matches[wrapped], byId)
  }
  const stepRef = useRef(step)
  useEffect(() => {
    stepRef.current = step
  })
  useEffect(() => {
    const delta = pendingSteps.current
    if (!fresh || delta === 0) return
    pendingSteps.current = 0
    stepRef.current(delta)
  }, [fresh])
  useEffect(() => registerFindStepper((delta) => stepRef.current(delta)), [])

  const close = () => {
    const { returnFocus, close: closeBar } = useFindStore.getState()
    closeBar()
    // Leaving with a match shown: the user lands on it, selected in its field.
    if (fresh && index >= 0) openAtMatch(matches[index])
    else returnFocus?.focus()
  }

  const replaceOne = async () => {
    if (!fresh || !search.query || matches.length === 0 || busy) return
    if (index < 0) return step(1)
    const match = matches[index]
    setBusy(true)
    await closeFields()
    const result = await runPlanCommand(
      replaceOneText,
      planId,
      { match, query: search.query, replacement },
      { flush: false, keepFocus: true },
    )
    if (result.ok) afterReplace.current = { match, index, length: replacement.length }
    else setBusy(false)
  }

  const replaceAll = async () => {
    if (!fresh || !search.query || matches.length === 0 || busy) return
    let count = matches.length
    setBusy(true)
    await closeFields()
    const result = await replaceAllInPlan(planId, {
      query: search.query,
      replacement,
      onCount: (replaced) => (count = replaced),
    })
    setBusy(false)
    if (!result.ok) return
    setCurrent({ key: '', index: -1 })
    showToast(`已全部替换 ${count} 处（替换前的版本已保存在历史版本中）`, 'info', {
      label: '撤销',
      run: () => void replayUndo(planId, 'undo'),
    })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.nativeEvent.isComposing) return
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close()
    } else if (event.key === 'Enter' && event.target === findInput.current) {
      event.preventDefault()
      step(event.shiftKey ? -1 : 1)
    } else if (event.key === 'Enter' && (event.target as HTMLElement).dataset.replaceInput) {
      event.preventDefault()
      if (event.ctrlKey || event.metaKey) void replaceAll()
      else void replaceOne()
    }
  }

  const canReplace = fresh && matches.length > 0 && !busy
  const count = !text
    ? ''
    : !fresh
      ? '正在查找…'
      : matches.length === 0
        ? '没有找到'
        : index < 0
          ? `共 ${matches.length} 处`
          : `第 ${index + 1} / ${matches.length} 处`

  return (
    <div
      className="find-bar"
      role="search"
      aria-label="查找替换"
      style={place}
      onKeyDown={onKeyDown}
    >
      <div className="find-row">
        <button
          type="button"
          className="find-toggle"
          aria-expanded={replaceOpen}
          aria-label="显示替换"
          title="替换（Ctrl+H）"
          onClick={() => useFindStore.getState().setReplace(!replaceOpen)}
        >
          {replaceOpen ? '▾' : '▸'}
        </button>
        <input
          ref={findInput}
          className="find-input"
          aria-label="查找"
          placeholder="查找（回车下一处）"
          value={text}
          onChange={(event) => setText(event.target.value.replace(/[\r\n]/g, ''))}
        />
        <span className="find-count" role="status" aria-live="polite" data-testid="find-count">
          {count}
        </span>
        <button
          type="button"
          aria-label="上一处"
          title="上一处（Shift+Enter）"
          onClick={() => step(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label="下一处"
          title="下一处（Enter、F3）"
          onClick={() => step(1)}
        >
          ↓
        </button>
        <button type="button" aria-label="关闭查找" title="关闭（Esc）" onClick={close}>
          ×
        </button>
      </div>
      {replaceOpen && (
        <div className="find-row find-replace-row">
          <input
            className="find-input"
            data-replace-input="true"
            aria-label="替换为"
            placeholder="替换为（回车替换）"
            value={replacement}
            onChange={(event) => setReplacement(event.target.value.replace(/[\r\n]/g, ''))}
          />
          <button
            type="button"
            // aria-disabled, not disabled: focus stays here (Ctrl+Z then undoes the plan's step).
            aria-disabled={!canReplace}
            onClick={() => void replaceOne()}
          >
            替换
          </button>
          <button
            type="button"
            aria-disabled={!canReplace}
            title="全部替换（Ctrl+Enter），可撤销"
            onClick={() => void replaceAll()}
          >
            全部替换
          </button>
        </div>
      )}
      <div className="find-options">
        {OPTION_LABELS.map(([key, label]) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(event) => setOptions({ ...options, [key]: event.target.checked })}
            />
            {label}
          </label>
        ))}
      </div>
    </div>
  )
}
