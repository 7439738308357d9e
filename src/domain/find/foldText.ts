import type { FindOptions, ScriptFold } from './findOptions'

const FULLWIDTH_FIRST = 0xff01
const FULLWIDTH_LAST = 0xff5e
const FULLWIDTH_OFFSET = 0xfee0
// Width forms outside the block above: the ideographic space and full stops.
const WIDTH_EXTRA: Record<string, string> = { '\u3000': ' ', '。': '.', '｡': '.' }

function foldWidth(code: number, character: string): string {
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST)
    return String.fromCharCode(code - FULLWIDTH_OFFSET)
  return WIDTH_EXTRA[character] ?? character
}

function foldCase(character: string): string {
  const code = character.charCodeAt(0)
  // A–Z and Ａ–Ｚ only: other letters keep their case (and their length).
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0xff21 && code <= 0xff3a))
    return String.fromCharCode(code + 0x20)
  return character
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff

/**
 * The text folded for comparison, one UTF-16 unit per unit of `text`, so an offset in the folded
 * text is the same offset in the original (matches map back exactly). Letters lose their case
 * (unless `caseSensitive`); with `width`, full-width forms become ASCII; with `script`, each
 * character its Simplified form.
 */
export function foldText(
  text: string,
  options: Pick<FindOptions, 'width' | 'script'> & Partial<Pick<FindOptions, 'caseSensitive'>>,
  scriptFold?: ScriptFold,
): string {
  const fold = options.caseSensitive ? (character: string) => character : foldCase
  let folded = ''
  for (let index = 0; index < text.length; index++) {
    let character = text[index]
    const code = character.charCodeAt(0)
    if (code < 0x80) {
      folded += fold(character)
      continue
    }
    if (options.width) character = foldWidth(code, character)
    if (options.script && scriptFold && !isSurrogate(code) && character.charCodeAt(0) >= 0x2e80)
      character = scriptFold(character)
    folded += fold(character)
  }
  return folded
}
