import { describe, expect, it } from 'vitest'
import { bodyHash, CONFLICT_SEPARATOR, conflictRemainder, mergeBodies } from './bodyConflict'
import { docFromText, docText } from './richText'

describe('a body edited in two windows at once', () => {
  it('has a fingerprint that changes with its text only', () => {
    expect(bodyHash(docFromText('甲'))).toBe(bodyHash(docFromText('甲')))
    expect(bodyHash(docFromText('甲'))).not.toBe(bodyHash(docFromText('乙')))
    expect(bodyHash(null)).toBe(bodyHash({ type: 'doc', content: [] }))
  })

  it('keeps both texts, mine first, with a separator; nothing to merge from an empty body', () => {
    const merged = mergeBodies(docFromText('我的文字'), docFromText('别处的文字'))
    expect(docText(merged)).toBe(`我的文字\n${CONFLICT_SEPARATOR}\n别处的文字`)
    expect(mergeBodies(docFromText('我的文字'), null)).toEqual(docFromText('我的文字'))
  })

  it('finds the other window’s part of a merged body, to go after the newer typing', () => {
    const merged = mergeBodies(docFromText('我的文字'), docFromText('别处的文字'))
    const rest = conflictRemainder(merged)
    expect(rest && docText({ type: 'doc', content: rest })).toBe(
      `${CONFLICT_SEPARATOR}\n别处的文字`,
    )
    expect(conflictRemainder(docFromText('没有合并'))).toBeNull()
  })
})
