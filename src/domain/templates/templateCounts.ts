import { countCharacters } from '../outline/charCount'
import { docText } from '../outline/richText'
import type { Template } from './types'

/** Items and characters (titles, preamble, bodies), as the gallery shows a template's size. */
export function templateCounts(
  template: Pick<Template, 'preamble' | 'nodes'>,
): Pick<Template, 'itemCount' | 'charCount'> {
  return {
    itemCount: template.nodes.length,
    charCount:
      countCharacters(docText(template.preamble)) +
      template.nodes.reduce(
        (sum, node) => sum + countCharacters(node.title) + countCharacters(docText(node.body)),
        0,
      ),
  }
}
