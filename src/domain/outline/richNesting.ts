/**
 * How deep a rich-text body nests (doc > paragraph > text is 3), following `content` lists only,
 * without recursion: a body from a file is measured before anything recursive walks it.
 */
export function richNesting(doc: unknown): number {
  if (typeof doc !== 'object' || doc === null) return 0
  let deepest = 0
  const nodes: unknown[] = [doc]
  const depths: number[] = [1]
  while (nodes.length) {
    const node = nodes.pop()
    const depth = depths.pop() as number
    if (typeof node !== 'object' || node === null) continue
    deepest = Math.max(deepest, depth)
    const content = (node as { content?: unknown }).content
    if (!Array.isArray(content)) continue
    for (const child of content) {
      nodes.push(child)
      depths.push(depth + 1)
    }
  }
  return deepest
}
