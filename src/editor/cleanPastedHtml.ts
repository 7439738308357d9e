/** Drop what Word and web pages paste besides text and paragraphs: styles, scripts, comments. */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|xml|head|meta|link|iframe|object|embed)\b[\s\S]*?(<\/\1>|\/>|>)/gi, '')
    .replace(/<\/?o:p[^>]*>/gi, '')
    .replace(/\s(style|class|lang|id|on\w+)=("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
}

/** Pastes above this size are refused with a message rather than freezing the page. */
export const PASTE_LIMIT_CHARACTERS = 2_000_000
