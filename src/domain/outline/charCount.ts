// Word's rule: each Han character counts one; each run of Latin letters or digits counts one.
const COUNTED =
  /\p{Script=Han}|[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+(?:[.'’][A-Za-z0-9]+)*/gu

/** Characters as Word counts them: 汉字 one each, Latin words and numbers one each, no punctuation. */
export function countCharacters(text: string): number {
  return text.match(COUNTED)?.length ?? 0
}
