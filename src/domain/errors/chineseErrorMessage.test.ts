import { describe, expect, it } from 'vitest'
import { chineseErrorMessage } from './chineseErrorMessage'

const HAN = /\p{Script=Han}/u

describe('chineseErrorMessage', () => {
  it('keeps a message that is already Chinese', () => {
    expect(chineseErrorMessage(new Error('大纲层级超过 12 层'))).toBe('大纲层级超过 12 层')
    expect(chineseErrorMessage('文件是空的')).toBe('文件是空的')
  })

  it('turns a stack overflow into Chinese, never the English text', () => {
    let overflow: unknown
    const deep = (n: number): number => deep(n + 1) + 1
    try {
      deep(0)
    } catch (error) {
      overflow = error
    }
    const message = chineseErrorMessage(overflow, '导入')
    expect(message).toBe('内容太大或层次太深，导入未完成。未做任何更改。')
    expect(message).not.toMatch(/Maximum|stack/)
  })

  it('never says [object Object] or English for odd throws', () => {
    for (const thrown of [{ code: 1 }, null, undefined, 42, new TypeError('x is undefined')]) {
      const message = chineseErrorMessage(thrown)
      expect(message).toMatch(HAN)
      expect(message).not.toContain('[object')
      expect(message).not.toMatch(/undefined|null|TypeError/)
    }
  })

  it('says the cause of an error Dexie wrapped, without its English line', () => {
    const cause = new DOMException('导入已取消，未做任何更改。', 'AbortError')
    const wrapped = Object.assign(
      new Error('导入已取消，未做任何更改。\n AbortError: 导入已取消，未做任何更改。'),
      { name: 'AbortError', inner: cause },
    )
    expect(chineseErrorMessage(wrapped, '导入')).toBe('导入已取消，未做任何更改。')
    expect(chineseErrorMessage(new Error('第一行中文\n Error: second'))).toBe('第一行中文')
  })

  it('names a full disk, a cancel and a database failure', () => {
    expect(chineseErrorMessage(new DOMException('x', 'QuotaExceededError'))).toContain(
      '存储空间已满',
    )
    expect(chineseErrorMessage(new DOMException('x', 'AbortError'), '导入')).toBe(
      '导入已取消，未做任何更改。',
    )
    const dexie = Object.assign(new Error('Transaction committed too early'), {
      name: 'PrematureCommitError',
    })
    expect(chineseErrorMessage(dexie)).toContain('浏览器数据库出错')
  })
})
