const DROPPED = 'script, style, meta, link, title, xml, iframe, object, embed, template, noscript'

/**
 * Reduce what Word and web pages paste to text, paragraphs and b/i/u: elements that are not
 * content go, with every attribute (styles, classes, event handlers) and comment.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  doc.querySelectorAll(DROPPED).forEach((element) => element.remove())
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT)
  const comments: Node[] = []
  while (walker.nextNode()) comments.push(walker.currentNode)
  comments.forEach((comment) => comment.parentNode?.removeChild(comment))
  doc.body.querySelectorAll('*').forEach((element) => {
    for (const name of element.getAttributeNames()) element.removeAttribute(name)
  })
  // Word's <o:p> paragraph markers carry nothing.
  doc.body.querySelectorAll('o\\:p').forEach((element) => element.remove())
  return doc.body.innerHTML
}

/** Pastes above this size are refused with a message rather than freezing the page. */
export const PASTE_LIMIT_CHARACTERS = 2_000_000
