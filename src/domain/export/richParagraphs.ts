import type { RichDoc, RichNode } from '../outline/types'

/** A piece of text with the marks an official document keeps. */
export interface InlineRun {
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading'])

/**
 * The non-empty paragraphs of a body, as runs. A hard break starts a new paragraph, since every
 * printed paragraph gets its own first-line indent; list items and quotes become plain paragraphs.
 */
export function richParagraphs(doc: RichDoc | null | undefined): InlineRun[][] {
  const paragraphs: InlineRun[][] = []
  let current: InlineRun[] = []
  const flush = () => {
    const trimmed = trimRuns(current)
    if (trimmed.length > 0) paragraphs.push(trimmed)
    current = []
  }
  const inline = (node: RichNode) => {
    if (node.type === 'text') {
      if (node.text) pushRun(current, runOf(node))
    } else if (node.type === 'hardBreak') {
      flush()
    } else {
      for (const child of node.content ?? []) inline(child)
    }
  }
  const block = (node: RichNode) => {
    if (TEXT_BLOCKS.has(node.type)) {
      for (const child of node.content ?? []) inline(child)
      flush()
    } else if (node.type === 'text' || node.type === 'hardBreak') {
      inline(node)
    } else {
      for (const child of node.content ?? []) block(child)
      flush()
    }
  }
  for (const child of doc?.content ?? []) block(child)
  flush()
  return paragraphs
}

function runOf(node: RichNode): InlineRun {
  const run: InlineRun = { text: node.text ?? '' }
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') run.bold = true
    else if (mark.type === 'italic') run.italic = true
    else if (mark.type === 'underline') run.underline = true
  }
  return run
}

const sameMarks = (a: InlineRun, b: InlineRun) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline

function pushRun(runs: InlineRun[], run: InlineRun) {
  const last = runs[runs.length - 1]
  if (last && sameMarks(last, run)) last.text += run.text
  else runs.push(run)
}

/** Runs without leading/trailing white space (an indent typed by hand would double the real one). */
function trimRuns(runs: InlineRun[]): InlineRun[] {
  const result = runs.map((run) => ({ ...run }))
  while (result.length > 0) {
    result[0].text = result[0].text.replace(/^[\s\u3000]+/, '')
    if (result[0].text !== '') break
    result.shift()
  }
  while (result.length > 0) {
    const last = result[result.length - 1]
    last.text = last.text.replace(/[\s\u3000]+$/, '')
    if (last.text !== '') break
    result.pop()
  }
  return result
}

export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((run) => run.text).join('')
}
