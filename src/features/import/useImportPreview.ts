import { useEffect, useMemo, useState } from 'react'
import { fileNameOf, linesOfSource, type ImportSource } from './importSource'
import type { LineEdits } from './lineEdits'
import { useParsedImport } from './parseInWorker'
import { loadSimplifier, looksTraditional, simplifyLines } from './simplifyLines'

/** A plan's title, unit and year as typed in the preview (year as text until imported). */
export interface PlanFieldsText {
  title: string
  unit: string
  year: string
}

interface PreviewEdits {
  source: ImportSource
  /** Per plan (by position in the parse): the user's line changes and field overrides. */
  lines: LineEdits[]
  fields: Partial<PlanFieldsText>[]
}

const NO_EDITS: LineEdits = new Map()
const defaultYear = () => new Date().getFullYear() + 1

/**
 * The parse of a source as the preview shows it: 繁→简 applied (opencc-js loaded on demand),
 * and the user's changes per plan. Changes are dropped when the source changes (a new encoding).
 */
export function useImportPreview(source: ImportSource) {
  const raw = useMemo(() => linesOfSource(source), [source])
  const traditional = useMemo(() => looksTraditional(raw), [raw])
  const [simplifyChoice, setSimplify] = useState<boolean | null>(null)
  const simplify = simplifyChoice ?? traditional
  const [convert, setConvert] = useState<((text: string) => string) | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  useEffect(() => {
    if (!simplify || convert) return
    let live = true
    loadSimplifier().then(
      (converter) => live && setConvert(() => converter),
      () => {
        if (!live) return
        setLoadError('繁简转换组件加载失败，已按原文预览。')
        setSimplify(false)
      },
    )
    return () => {
      live = false
    }
  }, [simplify, convert])

  const converting = simplify && !convert
  const lines = useMemo(
    () => (simplify && convert ? simplifyLines(raw, convert) : raw),
    [raw, simplify, convert],
  )
  // A long text is parsed in a worker: `parsing` has its progress until the parse is there.
  const { parse, parsing } = useParsedImport(lines, fileNameOf(source))

  const [edits, setEdits] = useState<PreviewEdits>({ source, lines: [], fields: [] })
  // A new source (another encoding) makes the old line positions meaningless: start afresh.
  if (edits.source !== source) setEdits({ source, lines: [], fields: [] })

  const fieldsOf = (index: number): PlanFieldsText => {
    const plan = parse.plans[index]
    return {
      title: plan?.title ?? '',
      unit: plan?.unit ?? '',
      year: String(plan?.year ?? defaultYear()),
      ...edits.fields[index],
    }
  }
  const editsOf = (index: number): LineEdits => edits.lines[index] ?? NO_EDITS
  const setLineEdits = (index: number, next: LineEdits) =>
    setEdits((state) => {
      const lines = [...state.lines]
      lines[index] = next
      return { ...state, lines }
    })
  const setFields = (index: number, next: Partial<PlanFieldsText>) =>
    setEdits((state) => {
      const fields = [...state.fields]
      fields[index] = { ...fields[index], ...next }
      return { ...state, fields }
    })

  // Any change the user made here, which closing the preview would throw away.
  const adjusted =
    (simplifyChoice !== null && simplifyChoice !== traditional) ||
    edits.lines.some((lines) => lines !== undefined && lines.size > 0) ||
    edits.fields.some((fields, index) => {
      if (!fields) return false
      const now = fieldsOf(index)
      const parsed = parse.plans[index]
      return (
        now.title !== (parsed?.title ?? '') ||
        now.unit !== (parsed?.unit ?? '') ||
        now.year !== String(parsed?.year ?? defaultYear())
      )
    })

  return {
    parse,
    parsing,
    adjusted,
    traditional,
    simplify,
    setSimplify,
    converting,
    loadError,
    fieldsOf,
    editsOf,
    setLineEdits,
    setFields,
  }
}

export type ImportPreviewState = ReturnType<typeof useImportPreview>
