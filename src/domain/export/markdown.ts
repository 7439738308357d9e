import { headingText, type ExportBlock, type InlineRun } from './exportModel'

/** Characters Markdown would read as syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>|]/g
/** Characters Markdown would read as syntax at the start of a line. */
const LINE_START_SYNTAX = /^([#>+=-]|\d+[.)]\s)/

export function escapeMarkdown(text: string): string {
  const escaped = text.replace(INLINE_SYNTAX, (character) => `\\${character}`)
  return LINE_START_SYNTAX.test(escaped) ? `\\${escaped}` : escaped
}

function runsMarkdown(runs: readonly InlineRun[]): string {
  return runs
    .map((run) => {
      let text = escapeMarkdown(run.text)
      if (run.bold) text = `**${text}**`
      if (run.italic) text = `*${text}*`
      if (run.underline) text = `<u>${text}</u>`
      return text
    })
    .join('')
}

/**
 * The plan as Markdown: the title as `#`, stand-alone headings as `##`… with their numbers, run-in
 * headings in bold at the start of their paragraph, as printed.
 */
export function toMarkdown(blocks: readonly ExportBlock[]): string {
  const paragraphs = blocks.map((block) => {
    switch (block.kind) {
      case 'title':
        return `# ${escapeMarkdown(block.text)}`
      case 'subtitle':
      case 'unit':
      case 'date':
      case 'recipient':
      case 'attachment':
      case 'signature':
      case 'issuedDate':
        return escapeMarkdown(block.text)
      case 'heading':
        return `${'#'.repeat(Math.min(block.level + 1, 6))} ${escapeMarkdown(headingText(block))}`
      case 'runIn':
        return `**${escapeMarkdown(headingText(block))}**${runsMarkdown(block.runs)}`
      default:
        return runsMarkdown(block.runs)
    }
  })
  return paragraphs.join('\n\n') + '\n'
}
