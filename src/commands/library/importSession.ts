import type { LineEdits } from '../../domain/import/lineEdits'
import type { OutlineView } from '../../domain/import/previewRows'
import type { ImportParse, ParsedLine, SourceLine } from '../../domain/import/types'
import type { PlanFields } from '../../db/planRepo'
import { createImportJob } from './importJob'
import type { ImportReport, ImportRequest, PlanHead } from './importJobMessages'

/** What to parse: a text (split where the job runs) or lines already read (a Word file). */
export interface ImportSourceText {
  text?: string
  lines?: SourceLine[]
  /** A Word file's lines as JSON (docxReading.ts, PackedDocx): handed on without unpacking. */
  linesJson?: string
  fileName?: string
  /** Convert 繁→简 before the parse. */
  simplify: boolean
}

/** The parse as the preview gets it, and whether 繁→简 was asked but could not load. */
export interface SessionParse extends ImportParse {
  simplifyFailed: boolean
}

/** A plan confirmed in the preview, for ImportSession.write. */
export interface PlanWrite {
  plan: number
  edits: LineEdits
  fields: PlanFields
}

/** A write refused (a limit) or failed, in Chinese; `plan`: the plan that broke a limit. */
export class ImportWriteError extends Error {
  constructor(
    message: string,
    readonly plan?: number,
  ) {
    super(message)
    this.name = 'ImportWriteError'
  }
}

/** One source in the import dialog, from its parse to its write, where the job runs. */
export interface ImportSession {
  /** True when the job runs in a worker (its writes pass this window's memory copy by). */
  readonly inWorker: boolean
  /** The parse: plans' heads first, then their lines arrive in slices; resolves when all came. */
  parsed: Promise<SessionParse>
  /** A plan's outline with the user's edits: its counts and first `limit` rows. */
  outline(plan: number, edits: LineEdits, limit: number): Promise<OutlineView>
  /**
   * Build the plans' rows and write them in one transaction. Resolves with the new plans' ids;
   * rejects with an ImportWriteError, or an AbortError when `signal` stopped it (nothing written).
   */
  write(
    plans: PlanWrite[],
    onProgress: (share: number) => void,
    signal: AbortSignal,
  ): Promise<string[]>
  /** Let the job go (the dialog closed, another encoding, 繁简 switched). */
  close(): void
}

const WORKER_FAILED = '导入时出错（文件可能太大，超出了浏览器可用的内存），未做任何更改。'

type Channel = { send: (request: ImportRequest) => void; close: () => void }

/** The job on the page's own thread (a short text, or where no worker starts). */
function onThisPage(onReport: (report: ImportReport) => void): Channel {
  let open = true
  const handle = createImportJob((report) =>
    queueMicrotask(() => {
      if (open) onReport(report)
    }),
  )
  return {
    send: (request) => void handle(request),
    close: () => (open = false),
  }
}

/**
 * Start an import session: parse in a Web Worker (importJob.worker.ts) when `inWorker`, else on
 * the page. `onParseProgress` hears the parse's share. A worker that cannot start or dies before
 * its parse is done gives way to the page's own thread.
 */
export function startImportSession(
  source: ImportSourceText,
  onParseProgress: (share: number) => void,
  inWorker: boolean,
): ImportSession {
  let settleParse: { resolve: (parse: SessionParse) => void; reject: (error: Error) => void }
  const parsed = new Promise<SessionParse>((resolve, reject) => (settleParse = { resolve, reject }))
  let heads: PlanHead[] = []
  let notes: string[] = []
  let simplifyFailed = false
  let lines: ParsedLine[][] = []
  let done = false
  let nextId = 1
  const outlines = new Map<number, (view: OutlineView) => void>()
  let writing: {
    resolve: (ids: string[]) => void
    reject: (error: Error) => void
    onProgress: (share: number) => void
  } | null = null

  const finishParse = () => {
    if (done || lines.some((planLines, index) => planLines.length < heads[index].lineCount)) return
    done = true
    settleParse.resolve({
      plans: heads.map(({ title, unit, year }, index) => ({
        title,
        unit,
        year,
        lines: lines[index],
      })),
      notes,
      simplifyFailed,
    })
  }

  const onReport = (report: ImportReport) => {
    if (report.type === 'progress') {
      if (report.stage === 'parsing') onParseProgress(report.share)
      else writing?.onProgress(report.share)
    } else if (report.type === 'parsed') {
      heads = report.plans
      notes = report.notes
      simplifyFailed = report.simplifyFailed
      lines = heads.map(() => [])
      finishParse()
    } else if (report.type === 'lines') {
      const planLines = lines[report.plan]
      for (const line of report.lines) planLines.push(line)
      finishParse()
    } else if (report.type === 'outline') {
      outlines.get(report.id)?.(report.view)
      outlines.delete(report.id)
    } else {
      const pending = writing
      writing = null
      if (report.ok) pending?.resolve(report.planIds)
      else if (report.stopped)
        pending?.reject(new DOMException('导入已取消，未做任何更改。', 'AbortError'))
      else pending?.reject(new ImportWriteError(report.error, report.plan))
    }
  }

  const parseRequest: ImportRequest = { type: 'parse', ...source }
  let channel: Channel
  let usingWorker = false
  const fallBack = () => {
    channel = onThisPage(onReport)
    usingWorker = false
    channel.send(parseRequest)
  }
  if (inWorker && typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./importJob.worker.ts', import.meta.url), {
        type: 'module',
      })
      worker.addEventListener('message', (event: MessageEvent<ImportReport>) =>
        onReport(event.data),
      )
      // A worker that cannot load or dies: the parse goes on here; a write is told it failed.
      worker.addEventListener('error', (event) => {
        event.preventDefault()
        worker.terminate()
        const pending = writing
        writing = null
        pending?.reject(new ImportWriteError(WORKER_FAILED))
        if (!done) fallBack()
        else settleParse.reject(new Error(WORKER_FAILED))
      })
      channel = { send: (request) => worker.postMessage(request), close: () => worker.terminate() }
      usingWorker = true
      channel.send(parseRequest)
    } catch {
      fallBack()
    }
  } else fallBack()

  return {
    get inWorker() {
      return usingWorker
    },
    parsed,
    outline(plan, edits, limit) {
      const id = nextId++
      return new Promise<OutlineView>((resolve) => {
        outlines.set(id, resolve)
        channel.send({ type: 'outline', id, plan, edits: [...edits], limit })
      })
    },
    write(plans, onProgress, signal) {
      if (writing) return Promise.reject(new ImportWriteError('正在导入，请稍候。'))
      return new Promise<string[]>((resolve, reject) => {
        writing = { resolve, reject, onProgress }
        signal.addEventListener('abort', () => channel.send({ type: 'stop' }), { once: true })
        channel.send({
          type: 'write',
          plans: plans.map(({ plan, edits, fields }) => ({ plan, edits: [...edits], fields })),
        })
      })
    },
    close() {
      channel.close()
      outlines.clear()
    },
  }
}
