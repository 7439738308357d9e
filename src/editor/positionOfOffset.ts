import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

const inlineLength = (block: ProseMirrorNode) =>
  block.textBetween(0, block.content.size, '', (leaf) =>
    leaf.type.name === 'hardBreak' ? '\n' : '',
  ).length

function positionInBlock(block: ProseMirrorNode, start: number, offset: number): number {
  let remaining = offset
  let result: number | null = null
  block.descendants((node, pos) => {
    if (result !== null) return false
    if (node.isText) {
      const length = node.text?.length ?? 0
      if (remaining <= length) result = start + pos + remaining
      else remaining -= length
    } else if (node.type.name === 'hardBreak') {
      if (remaining === 0) result = start + pos
      else remaining -= 1
    }
    return true
  })
  return result ?? start
}

/**
 * The ProseMirror position of a plain-text offset as `docText` counts it (blocks one newline
 * apart, a hard break one character): how a place found in stored text is selected in the editor.
 */
export function positionOfOffset(doc: ProseMirrorNode, offset: number): number {
  let remaining = offset
  let result: number | null = null
  doc.forEach((block, blockOffset, index) => {
    if (result !== null) return
    if (index > 0) remaining -= 1
    const length = inlineLength(block)
    if (remaining > length) remaining -= length
    else result = positionInBlock(block, blockOffset + 1, remaining)
  })
  return result ?? doc.content.size
}
