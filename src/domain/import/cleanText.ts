import type { SourceRun } from './types'

// Soft breaks inside one paragraph (\n from the Word reader, a vertical tab, Unicode line and
// paragraph separators) join its pieces: Chinese needs no space between them.
// eslint-disable-next-line no-control-regex -- Word's soft break is the control character U+000B.
const SOFT_BREAKS = /[\n\r\u000b\u2028\u2029\u0085\f]/g
// Zero-width characters and the BOM come along with pasted web text and mean nothing.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g
// A pinyin annotation after a character: 工作(zuò) → 工作. Needs a tone mark, so (GDP) survives.
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ'
const PINYIN = new RegExp(`[(（](?=[^()（）]*[${TONED}])[a-zü'\\s${TONED}]+[)）]`, 'g')
// Spaces at either end: ASCII, tab, no-break, full-width (U+3000) and the other Unicode spaces.
const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g
const LEADING_SPACE = /^[\s\u3000\u00a0]+/
const TRAILING_SPACE = /[\s\u3000\u00a0]+$/

/** Removes soft breaks, invisible characters and pinyin annotations; keeps inner spacing. */
function cleanInner(text: string): string {
  return text.replace(SOFT_BREAKS, '').replace(INVISIBLE, '').replace(PINYIN, '')
}

/** A line's text as the parser reads it: no edge spaces, soft breaks or pinyin annotations. */
export function cleanText(text: string): string {
  return cleanInner(text).replace(EDGE_SPACE, '')
}

/** The same cleaning on formatted runs; their texts joined equal cleanText(joined text). */
export function cleanRuns(runs: SourceRun[]): SourceRun[] {
  const cleaned = runs.map((run) => ({ ...run, text: cleanInner(run.text) }))
  // Edge spaces may span several runs (an all-space run at the start, for instance).
  while (cleaned.length > 0) {
    const text = cleaned[0].text.replace(LEADING_SPACE, '')
    if (text !== '') {
      cleaned[0] = { ...cleaned[0], text }
      break
    }
    cleaned.shift()
  }
  while (cleaned.length > 0) {
    const last = cleaned.length - 1
    const text = cleaned[last].text.replace(TRAILING_SPACE, '')
    if (text !== '') {
      cleaned[last] = { ...cleaned[last], text }
      break
    }
    cleaned.pop()
  }
  return cleaned.filter((run) => run.text !== '')
}
