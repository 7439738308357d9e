import { readDocxOffPage } from '../../commands/library/docxReading'
import { decodeTextOffPage } from '../../commands/library/textDecoding'
import { fileSizeError, type TextEncodingName } from '../../domain/import/decodeText'
import { countLines } from '../../domain/import/sourceLinesFromText'
import { LIMITS, overLimitMessage } from '../../domain/limits/limits'
import type { SourceLine } from '../../domain/import/types'

/** Where the text to import comes from: pasted, a .txt file (re-decodable) or a Word file. */
export type ImportSource =
  /** `lines`: counted once, as the text is taken (a paste of 99,000 lines is asked often). */
  | { kind: 'paste'; text: string; lines: number }
  | {
      kind: 'txt'
      fileName: string
      bytes: Uint8Array
      text: string
      encoding: TextEncodingName
      /** False when the detected encoding could well be wrong: the dialog points at the menu. */
      confident: boolean
      /** Lines in `text`, counted where it was decoded (a 20 MB text takes a while to count). */
      lines: number
    }
  | {
      kind: 'docx'
      fileName: string
      /** The paragraphs as JSON, parsed only by the parser (see PackedDocx). */
      linesJson: string
      lineCount: number
      /** The first paragraphs. */
      sample: SourceLine[]
      notes: string[]
    }

export type SourceResult = { ok: true; source: ImportSource } | { ok: false; error: string }

/** A file's read: its source or refusal, or `cancelled` when the signal stopped the read. */
export type FileResult = SourceResult | { ok: false; cancelled: true }

const isDocx = (file: File, bytes: Uint8Array) =>
  /\.docx$/i.test(file.name) ||
  (bytes[0] === 0x50 && bytes[1] === 0x4b && !/\.txt$/i.test(file.name))

/**
 * Reads a picked file: Word in a worker, anything else as text (a large one decoded in a worker);
 * the page keeps answering and `signal` stops the read.
 */
export async function readImportFile(file: File, signal?: AbortSignal): Promise<FileResult> {
  const tooLarge = fileSizeError(file.size)
  if (tooLarge) return { ok: false, error: tooLarge }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { ok: false, error: '无法读取这个文件。' }
  }
  if (isDocx(file, bytes)) {
    const read = await readDocxOffPage(bytes, signal)
    if (!read.ok) return read
    if (!read.hasText) return { ok: false, error: '这个 Word 文件里没有可导入的文字。' }
    return withinLimits({
      kind: 'docx',
      fileName: file.name,
      linesJson: read.linesJson,
      lineCount: read.lineCount,
      sample: read.sample,
      notes: read.notes,
    })
  }
  return decodeSource(file.name, bytes, undefined, signal)
}

/**
 * A .txt file's bytes decoded, with the detected encoding or the one the user chose; a large file
 * in a worker (textDecoding.ts), stopped by `signal`.
 */
export async function decodeSource(
  fileName: string,
  bytes: Uint8Array,
  encoding?: TextEncodingName,
  signal?: AbortSignal,
): Promise<FileResult> {
  const outcome = await decodeTextOffPage(bytes, encoding, signal)
  if ('cancelled' in outcome) return { ok: false, cancelled: true }
  const { result, lines } = outcome
  if (!result.ok) return result
  const { text, confident } = result
  return withinLimits({
    kind: 'txt',
    fileName,
    bytes,
    text,
    encoding: result.encoding,
    confident,
    lines,
  })
}

/** Lines in the source: a Word file's paragraphs, a decoded file's count, a paste's lines. */
export function lineCountOf(source: ImportSource): number {
  if (source.kind === 'docx') return source.lineCount
  return source.lines
}

/** A pasted text as a source, its lines counted. */
export function pasteSource(text: string): ImportSource {
  return { kind: 'paste', text, lines: countLines(text) }
}

/** The source, or the refusal when it has more lines than LIMITS.importLines (before any parse). */
export function withinLimits(source: ImportSource): SourceResult {
  const lines = lineCountOf(source)
  if (lines > LIMITS.importLines) return { ok: false, error: overLimitMessage('importLines') }
  return { ok: true, source }
}

/** The file name (for a derived plan title), when there is a file. */
export function fileNameOf(source: ImportSource): string | undefined {
  return source.kind === 'paste' ? undefined : source.fileName
}
