import { countCharacters } from '../outline/charCount'
import { docText } from '../outline/richText'
import type { Template } from './types'

/**
 * Items and characters (titles, preamble, bodies, the closing fields' text), as the gallery shows
 * a template's size.
 */
export function templateCounts(
  template: Pick<Template, 'preamble' | 'nodes' | 'closing'>,
): Pick<Template, 'itemCount' | 'charCount'> {
  const closing = template.closing
  const closingText = closing
    ? [closing.recipient ?? '', ...(closing.attachments ?? []), closing.signature ?? ''].join('\n')
    : ''
  return {
    itemCount: template.nodes.length,
    charCount:
      countCharacters(closingText) +
      countCharacters(docText(template.preamble)) +
      template.nodes.reduce(
        (sum, node) => sum + countCharacters(node.title) + countCharacters(docText(node.body)),
        0,
      ),
  }
}
