import { useMemo, useState } from 'react'
import type { LineEdits } from '../../domain/import/lineEdits'
import { looksTraditional } from '../../domain/import/simplifyLines'
import { sourceLinesFromText } from '../../domain/import/sourceLinesFromText'
import type { ImportParse, SourceLine } from '../../domain/import/types'
import type { ImportSource } from './importSource'
import { useImportSession } from './useImportSession'

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
const EMPTY: ImportParse = { plans: [], notes: [] }

/** The first lines of the source, enough to tell 繁体 (without splitting a long text). */
const sampleLines = (source: ImportSource): SourceLine[] =>
  source.kind === 'docx' ? source.sample : sourceLinesFromText(source.text.slice(0, 40_000))
const defaultYear = () => new Date().getFullYear() + 1

/**
 * The parse of a source as the preview shows it: 繁→简 applied (opencc-js loaded on demand),
 * and the user's changes per plan. Changes are dropped when the source changes (a new encoding).
 */
export function useImportPreview(source: ImportSource) {
  // 繁体 is told from the first lines (looksTraditional reads no more than 20,000 characters).
  const traditional = useMemo(() => looksTraditional(sampleLines(source)), [source])
  const [simplifyChoice, setSimplify] = useState<boolean | null>(null)
  const simplify = simplifyChoice ?? traditional
  // Split, converted and parsed where the session runs (a worker for a long text).
  const {
    session,
    parse: parsed,
    parsing,
    large,
    lines,
    error,
  } = useImportSession(source, simplify)
  const parse = parsed ?? EMPTY
  const loadError =
    error ?? (parsed?.simplifyFailed ? '繁简转换组件加载失败，已按原文预览。' : null)
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
    session,
    parse,
    ready: parsed !== null,
    parsing,
    large,
    lines,
    adjusted,
    traditional,
    simplify: simplify && !parsed?.simplifyFailed,
    setSimplify,
    loadError,
    fieldsOf,
    editsOf,
    setLineEdits,
    setFields,
  }
}

export type ImportPreviewState = ReturnType<typeof useImportPreview>
