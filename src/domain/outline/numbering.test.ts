import { describe, expect, it } from 'vitest'
import { drawTree } from './drawTree'
import { computeNumbers, continuousLevel2Unavailable, numbersOfRows } from './numbering'
import { flattenTree } from './tree'
import { treeFromSketch } from './testTree'

const sketch = `
A
  A1
    A1a
      A1a-i
        A1a-i-x
  A2
B
  B1
  B2
    B2a
`

describe('numbering schemes', () => {
  it('公文标准: 一、（一）1.（1）①, restarting per parent', () => {
    const { tree } = treeFromSketch(sketch)
    expect(drawTree(tree, { scheme: 'standard', continuousLevel2: false })).toBe(
      `
一、A
  （一）A1
    1.A1a
      （1）A1a-i
        ①A1a-i-x
  （二）A2
二、B
  （一）B1
  （二）B2
    1.B2a`.trim(),
    )
  })

  it('两级: 一、1、（1）', () => {
    const { tree } = treeFromSketch(sketch)
    expect(drawTree(tree, { scheme: 'twoLevel', continuousLevel2: false })).toBe(
      `
一、A
  1、A1
    （1）A1a
      ①A1a-i
        ①A1a-i-x
  2、A2
二、B
  1、B1
  2、B2
    （1）B2a`.trim(),
    )
  })

  it('一是式: 一、一是 二是 1.', () => {
    const { tree } = treeFromSketch(sketch)
    expect(drawTree(tree, { scheme: 'yishi', continuousLevel2: false })).toBe(
      `
一、A
  一是A1
    1.A1a
      （1）A1a-i
        ①A1a-i-x
  二是A2
二、B
  一是B1
  二是B2
    1.B2a`.trim(),
    )
  })

  it('continuous level 2 runs on through the plan; deeper levels still restart', () => {
    const { tree } = treeFromSketch(sketch)
    expect(drawTree(tree, { scheme: 'standard', continuousLevel2: true })).toBe(
      `
一、A
  （一）A1
    1.A1a
      （1）A1a-i
        ①A1a-i-x
  （二）A2
二、B
  （三）B1
  （四）B2
    1.B2a`.trim(),
    )
  })

  it('一是式 restarts 一是 per chapter even with continuous level 2 (no 四是 under 二、)', () => {
    const { tree } = treeFromSketch(sketch)
    const restarted = drawTree(tree, { scheme: 'yishi', continuousLevel2: false })
    expect(drawTree(tree, { scheme: 'yishi', continuousLevel2: true })).toBe(restarted)
    expect(restarted).toContain('二、B\n  一是B1\n  二是B2')
    expect(continuousLevel2Unavailable('yishi')).toBe('一是式按章重新编号，不能全文连续')
    expect(continuousLevel2Unavailable('standard')).toBeNull()
    expect(continuousLevel2Unavailable('twoLevel')).toBeNull()
  })

  it('two-level scheme runs level 2 on when continuous: 3、 under 二、', () => {
    const { tree } = treeFromSketch(sketch)
    expect(drawTree(tree, { scheme: 'twoLevel', continuousLevel2: true })).toContain(
      '二、B\n  3、B1\n  4、B2',
    )
  })

  it('numbers beyond ten: 十一、二十、一百零一', () => {
    const lines = Array.from({ length: 101 }, (_, i) => `C${i + 1}`).join('\n')
    const { tree } = treeFromSketch(lines)
    const drawn = drawTree(tree, { scheme: 'standard', continuousLevel2: false }).split('\n')
    expect(drawn[10]).toBe('十一、C11')
    expect(drawn[19]).toBe('二十、C20')
    expect(drawn[20]).toBe('二十一、C21')
    expect(drawn[100]).toBe('一百零一、C101')
  })

  it('numbering rows already flattened gives what numbering the tree gives (one pass per change)', () => {
    const { tree } = treeFromSketch(sketch)
    for (const continuousLevel2 of [false, true]) {
      const settings = { scheme: 'standard' as const, continuousLevel2 }
      expect(numbersOfRows(flattenTree(tree), settings)).toEqual(computeNumbers(tree, settings))
    }
  })
})
