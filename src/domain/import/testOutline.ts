import { outlineFromLines } from './outlineFromLines'
import { parseImport, type ParseImportOptions } from './parseImport'
import { sourceLinesFromText } from './sourceLinesFromText'
import type { ImportedItem, ImportedOutline, ImportParse, SourceRun } from './types'

/** Test helper: parse plain text (lines joined with \n). */
export function parseText(text: string, options?: ParseImportOptions): ImportParse {
  return parseImport(sourceLinesFromText(text), options)
}

/**
 * Test helper: an outline drawn as indented text, two spaces a level. Preamble paragraphs are
 * `> text`, items `- title`, and an item's body paragraphs `  | text` under it.
 */
export function drawOutline(outline: ImportedOutline): string {
  const out: string[] = outline.preamble.map((paragraph) => `> ${textOf(paragraph)}`)
  const draw = (items: ImportedItem[], depth: number) => {
    for (const item of items) {
      const indent = '  '.repeat(depth)
      out.push(`${indent}- ${item.title}`)
      for (const paragraph of item.body) out.push(`${indent}  | ${textOf(paragraph)}`)
      draw(item.children, depth + 1)
    }
  }
  draw(outline.items, 0)
  return out.join('\n')
}

/** Test helper: the first plan of `text`, drawn. */
export function drawText(text: string, options?: ParseImportOptions): string {
  return drawOutline(outlineFromLines(parseText(text, options).plans[0].lines))
}

/** Test helper: the expected drawing written as an indented template literal, margin removed. */
export function tree(drawing: string): string {
  const lines = drawing.split('\n').filter((line) => line.trim() !== '')
  const margin = Math.min(...lines.map((line) => line.length - line.trimStart().length))
  return lines.map((line) => line.slice(margin).trimEnd()).join('\n')
}

function textOf(runs: SourceRun[]): string {
  return runs.map((run) => run.text).join('')
}
