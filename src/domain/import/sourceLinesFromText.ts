import type { SourceLine } from './types'

/** Plain text to one SourceLine per line (\r\n, \r and \n all end a line; a BOM is dropped). */
export function sourceLinesFromText(text: string): SourceLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body === '') return []
  return body.split(/\r\n|\r|\n/).map((line, index) => ({ index, text: line }))
}

/** How many lines sourceLinesFromText would make, counted without making them. */
export function countLines(text: string): number {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body === '') return 0
  let lines = 1
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index)
    if (code === 0x0a) lines++
    else if (code === 0x0d) {
      lines++
      if (body.charCodeAt(index + 1) === 0x0a) index++
    }
  }
  return lines
}
