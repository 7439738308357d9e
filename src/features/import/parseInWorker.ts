import { useEffect, useMemo, useState } from 'react'
import { parseImport } from '../../domain/import/parseImport'
import type { ImportParse, SourceLine } from '../../domain/import/types'

export interface ParseRequest {
  lines: SourceLine[]
  fileName?: string
}

export type ParseReply = { kind: 'progress'; share: number } | { kind: 'done'; parse: ImportParse }

/** From this many lines on the parse runs in a worker, with a progress bar (about 0.1 s of work). */
export const WORKER_LINES = 5_000

const EMPTY: ImportParse = { plans: [], notes: [] }

/**
 * The parse of the source's lines: at once for a short text, in a worker for a long one (`share`
 * tells how far it is, `parse` is empty until it is done). Where no worker can start (the unit
 * tests' Node, a browser that refuses it) the page parses it itself.
 */
export function useParsedImport(
  lines: SourceLine[],
  fileName: string | undefined,
): { parse: ImportParse; parsing: { share: number } | null } {
  const inWorker = lines.length >= WORKER_LINES && typeof Worker !== 'undefined'
  const direct = useMemo(
    () => (inWorker ? null : parseImport(lines, { fileName })),
    [inWorker, lines, fileName],
  )
  const [done, setDone] = useState<{ lines: SourceLine[]; parse: ImportParse } | null>(null)
  const [progress, setProgress] = useState<{ lines: SourceLine[]; share: number } | null>(null)

  useEffect(() => {
    if (!inWorker) return
    let worker: Worker | null = null
    const onThisPage = () => setDone({ lines, parse: parseImport(lines, { fileName }) })
    try {
      worker = new Worker(new URL('./parseImport.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      onThisPage()
      return
    }
    worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
      if (data.kind === 'progress') setProgress({ lines, share: data.share })
      else {
        setDone({ lines, parse: data.parse })
        worker?.terminate()
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker?.terminate()
      onThisPage()
    }
    worker.postMessage({ lines, fileName } satisfies ParseRequest)
    // A new source, 取消 or closing the dialog: the parse of the old one is no longer wanted.
    return () => worker?.terminate()
  }, [inWorker, lines, fileName])

  if (direct) return { parse: direct, parsing: null }
  if (done?.lines === lines) return { parse: done.parse, parsing: null }
  return { parse: EMPTY, parsing: { share: progress?.lines === lines ? progress.share : 0 } }
}
