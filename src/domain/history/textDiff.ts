/** A run of text that both versions share, or that only the old or the new one has. */
export interface DiffPart {
  type: 'same' | 'removed' | 'added'
  text: string
}

/** Beyond this many token pairs the comparison marks the whole middle as replaced (cheap). */
const MAX_CELLS = 4_000_000

/** Latin words, numbers and runs of spaces are one token; every other character (汉字) is one. */
const tokenize = (text: string) => text.match(/[A-Za-z]+|\d+(?:\.\d+)?|\s+|[^]/gu) ?? []

function push(parts: DiffPart[], type: DiffPart['type'], text: string) {
  if (!text) return
  const last = parts.at(-1)
  if (last?.type === type) last.text += text
  else parts.push({ type, text })
}

/** What changed from `before` to `after`, token by token (longest common subsequence). */
export function diffText(before: string, after: string): DiffPart[] {
  const a = tokenize(before)
  const b = tokenize(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const parts: DiffPart[] = []
  push(parts, 'same', a.slice(0, start).join(''))
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  if (midA.length * midB.length > MAX_CELLS) {
    push(parts, 'removed', midA.join(''))
    push(parts, 'added', midB.join(''))
  } else {
    for (const part of lcsDiff(midA, midB)) push(parts, part.type, part.text)
  }
  push(parts, 'same', a.slice(endA).join(''))
  return parts
}

function lcsDiff(a: string[], b: string[]): DiffPart[] {
  const width = b.length + 1
  // lengths[i * width + j]: longest common subsequence of a[i..] and b[j..].
  const lengths = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
  const parts: DiffPart[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i++])
      j++
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])
      push(parts, 'removed', a[i++])
    else push(parts, 'added', b[j++])
  }
  while (i < a.length) push(parts, 'removed', a[i++])
  while (j < b.length) push(parts, 'added', b[j++])
  return parts
}
