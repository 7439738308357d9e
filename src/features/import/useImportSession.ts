import { useEffect, useMemo, useState } from 'react'
import {
  startImportSession,
  type ImportSession,
  type SessionParse,
} from '../../commands/library/importSession'
import { lineCountOf, type ImportSource } from './importSource'

/** From this many lines on the work runs in a worker, with a progress bar (about 0.1 s of work). */
export const WORKER_LINES = 5_000

interface SessionState {
  source: ImportSource
  simplify: boolean
  session: ImportSession
  parse: SessionParse | null
  share: number
  error: string | null
}

/**
 * The import session of a source (importSession.ts): split, 繁→简 and parse in a worker for a
 * long text (`parsing` has its share until the parse is there), on the page for a short one.
 * A new source or 繁简 choice starts a new session; the old one is let go.
 */
export function useImportSession(source: ImportSource, simplify: boolean) {
  const lines = useMemo(() => lineCountOf(source), [source])
  const [state, setState] = useState<SessionState | null>(null)

  useEffect(() => {
    let live = true
    const update = (change: Partial<SessionState>) =>
      live && setState((now) => (now?.session === session ? { ...now, ...change } : now))
    const session = startImportSession(
      {
        ...(source.kind === 'docx' ? { linesJson: source.linesJson } : { text: source.text }),
        ...(source.kind === 'paste' ? {} : { fileName: source.fileName }),
        simplify,
      },
      (share) => update({ share }),
      lines >= WORKER_LINES,
    )
    setState({ source, simplify, session, parse: null, share: 0, error: null })
    session.parsed.then(
      (parse) => update({ parse }),
      (error: Error) => update({ error: error.message }),
    )
    // A new source, 取消 or closing the dialog: the work on the old one is no longer wanted.
    return () => {
      live = false
      session.close()
    }
  }, [source, simplify, lines])

  const current = state?.source === source && state.simplify === simplify ? state : null
  return {
    /** Lines in the source. */
    lines,
    session: current?.session ?? null,
    parse: current?.parse ?? null,
    /** The parse's progress while it runs (null once it is there). */
    parsing: current?.parse ? null : { share: current?.share ?? 0 },
    /** Whether the parse is long enough to show its progress. */
    large: lines >= WORKER_LINES,
    error: current?.error ?? null,
  }
}
