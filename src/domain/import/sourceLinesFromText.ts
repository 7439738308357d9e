import type { SourceLine } from './types'

/** Plain text to one SourceLine per line (\r\n, \r and \n all end a line; a BOM is dropped). */
export function sourceLinesFromText(text: string): SourceLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body === '') return []
  return body.split(/\r\n|\r|\n/).map((line, index) => ({ index, text: line }))
}
