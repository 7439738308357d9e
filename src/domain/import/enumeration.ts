import { matchHeading } from './headingStyles'

const SENTENCE_END = /[。；;！？!?]/g

/**
 * Where the item numbered `number` in `style` starts inside `text`, at a sentence start (after
 * 。；！？) from position `from` on; -1 when it does not. 二是 after 。 counts, 不是 never does.
 */
export function findItemStart(text: string, style: string, number: number, from = 0): number {
  SENTENCE_END.lastIndex = from
  for (let end = SENTENCE_END.exec(text); end; end = SENTENCE_END.exec(text)) {
    let start = end.index + 1
    while (start < text.length && /[\s\u3000]/.test(text[start])) start++
    const match = matchHeading(text.slice(start, start + 40))
    if (match && match.style === style && match.number === number) return start
  }
  return -1
}

/** 一是……。二是……。 in one paragraph: an enumeration inside body text, not a heading. */
export function isInlineEnumeration(text: string, style: string, number: number): boolean {
  return number === 1 && findItemStart(text, style, 2) >= 0
}

/**
 * The positions where the items after `number` start inside `text` (三是…。四是…。五是… gives
 * the start of 四是 and 五是): a sequence that ran at line starts, continued after a 。.
 */
export function runOnItemStarts(text: string, style: string, number: number): number[] {
  const starts: number[] = []
  let from = 0
  for (let next = number + 1; ; next++) {
    const start = findItemStart(text, style, next, from)
    if (start < 0) return starts
    starts.push(start)
    from = start + 1
  }
}
