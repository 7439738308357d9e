import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'
import { applyLineEdits } from '../../domain/import/lineEdits'
import { outlineFromLines } from '../../domain/import/outlineFromLines'
import { outlineLimit } from '../../domain/import/outlineLimit'
import { parseImport } from '../../domain/import/parseImport'
import { outlineView, previewRows, type PreviewRow } from '../../domain/import/previewRows'
import { simplifyLines } from '../../domain/import/simplifyLines'
import { sourceLinesFromText } from '../../domain/import/sourceLinesFromText'
import type { ImportParse, ImportedOutline, SourceLine } from '../../domain/import/types'
import { overLimitMessage } from '../../domain/limits/limits'
import { loadSearchTools } from '../../domain/phrases/searchTools'
import { createImportedPlans } from '../../db/importPlans'
import type { EditEntries, ImportReport, ImportRequest } from './importJobMessages'

/** Parsed lines per message: each is taken in by the page in a few milliseconds. */
const LINES_PER_MESSAGE = 1_000

/**
 * The heavy work of 导入上一年计划, off the page's thread (importJob.worker.ts runs it; a short
 * text runs it on the page): split the text, convert 繁→简, parse, send the parse back in
 * slices; then, as the user adjusts, each plan's outline (the first rows the preview shows); and
 * at 导入 every plan's rows built and written in one transaction, with progress and 取消.
 * `post` sends a report to the page.
 */
export function createImportJob(post: (report: ImportReport) => void) {
  let parse: ImportParse = { plans: [], notes: [] }
  let writing: AbortController | null = null
  /** The last outline made, kept while only its length is asked for (显示更多). */
  let last: { key: string; outline: ImportedOutline; rows: PreviewRow[] } | null = null

  // Only a change the bar can show is posted: the page renders each one.
  let shown = ''
  const progress = (stage: 'parsing' | 'writing', share: number) => {
    const step = `${stage} ${Math.floor(share * 100)}`
    if (step === shown) return
    shown = step
    post({ type: 'progress', stage, share })
  }

  async function parseSource(request: Extract<ImportRequest, { type: 'parse' }>) {
    let lines: SourceLine[] =
      request.lines ??
      (request.linesJson !== undefined
        ? (JSON.parse(request.linesJson) as SourceLine[])
        : sourceLinesFromText(request.text ?? ''))
    let simplifyFailed = false
    if (request.simplify) {
      try {
        lines = simplifyLines(lines, (await loadSearchTools()).toSimplified)
      } catch {
        simplifyFailed = true
      }
    }
    parse = parseImport(lines, {
      fileName: request.fileName,
      onProgress: (share) => progress('parsing', share),
    })
    post({
      type: 'parsed',
      plans: parse.plans.map(({ title, unit, year, lines }) => ({
        title,
        unit,
        year,
        lineCount: lines.length,
      })),
      notes: parse.notes,
      simplifyFailed,
    })
    parse.plans.forEach((plan, index) => {
      for (let start = 0; start < plan.lines.length; start += LINES_PER_MESSAGE)
        post({
          type: 'lines',
          plan: index,
          lines: plan.lines.slice(start, start + LINES_PER_MESSAGE),
        })
    })
  }

  const outlineOf = (plan: number, edits: EditEntries) =>
    outlineFromLines(applyLineEdits(parse.plans[plan]?.lines ?? [], new Map(edits)))

  function outline(request: Extract<ImportRequest, { type: 'outline' }>) {
    const key = `${request.plan} ${JSON.stringify(request.edits)}`
    if (last?.key !== key) {
      const made = outlineOf(request.plan, request.edits)
      last = { key, outline: made, rows: previewRows(made) }
    }
    post({
      type: 'outline',
      id: request.id,
      view: outlineView(last.outline, last.rows, request.limit),
    })
  }

  async function write(request: Extract<ImportRequest, { type: 'write' }>) {
    const controller = new AbortController()
    writing = controller
    shown = ''
    const inputs = []
    for (const { plan, edits, fields } of request.plans) {
      const made = outlineOf(plan, edits)
      const over = outlineLimit(made)
      if (over) {
        const message = overLimitMessage(over)
        post({
          type: 'written',
          ok: false,
          stopped: false,
          plan,
          error: parse.plans.length > 1 ? `第${plan + 1}篇：${message}` : message,
        })
        return
      }
      inputs.push({ fields, outline: made })
    }
    try {
      const planIds = await createImportedPlans(inputs, {
        onProgress: (share) => progress('writing', share),
        signal: controller.signal,
      })
      post({ type: 'written', ok: true, planIds })
    } catch (error) {
      const stopped = controller.signal.aborted
      post({
        type: 'written',
        ok: false,
        stopped,
        error: stopped ? '导入已取消，未做任何更改。' : chineseErrorMessage(error, '导入'),
      })
    } finally {
      writing = null
    }
  }

  return async function handle(request: ImportRequest): Promise<void> {
    if (request.type === 'parse') await parseSource(request)
    else if (request.type === 'outline') outline(request)
    else if (request.type === 'write') await write(request)
    else writing?.abort()
  }
}
