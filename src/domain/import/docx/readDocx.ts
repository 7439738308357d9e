/**
 * Reads a Word .docx into SourceLines (one per paragraph) for the import parser: text, formatted
 * runs, the outline level of heading styles and the label of Word's automatic list numbering.
 * Load it with `import('…/docx/readDocx')`: it pulls in the unzip library only when used.
 */
import { OverLimitError } from '../../limits/limits'
import { fileSizeError } from '../decodeText'
import type { SourceLine } from '../types'
import { readNumbering } from './numbering'
import { readParagraphs } from './paragraphs'
import { readStyles } from './styles'
import { CORRUPT, unzipDocx } from './unzipDocx'

/**
 * The result of readDocx, a discriminated union on `ok`:
 * - `{ ok: true, lines, notes }`: `notes` lists in Chinese what was not imported (tables, images);
 * - `{ ok: false, error }`: a Chinese message (corrupt, encrypted, not a Word file, too large,
 *   no text at all).
 */
export type ReadDocxResult =
  { ok: true; lines: SourceLine[]; notes: string[] } | { ok: false; error: string }

/** Reads a .docx file's bytes. Never throws: every failure is `{ ok: false, error }`. */
export async function readDocx(bytes: Uint8Array): Promise<ReadDocxResult> {
  const sizeError = fileSizeError(bytes.length)
  if (sizeError) return { ok: false, error: sizeError }
  if (bytes.length === 0) return { ok: false, error: '文件是空的，没有可导入的内容。' }
  try {
    const unzipped = await unzipDocx(bytes)
    if (!unzipped.ok) return unzipped
    const { document, styles, numbering } = unzipped.parts
    const { lines, notes } = readParagraphs(document, readStyles(styles), readNumbering(numbering))
    if (!lines.some((line) => line.text.trim() !== '')) {
      const why = notes.length ? `（${notes.join('；')}）` : ''
      return { ok: false, error: `Word 文档中没有可导入的文字${why}。` }
    }
    return { ok: true, lines, notes }
  } catch (error) {
    // XML nested past the limit says so; malformed XML inside a valid zip is a damaged file.
    if (error instanceof OverLimitError) return { ok: false, error: error.message }
    return { ok: false, error: CORRUPT }
  }
}
