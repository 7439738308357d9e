import { describe, expect, it } from 'vitest'
import { scanJson } from './scanJson'

const parsed = (text: string): unknown => JSON.parse(text)

describe('scanJson', () => {
  it('finds __proto__, constructor and prototype as key names at any depth', () => {
    expect(scanJson(parsed('{"a":[{"b":{"__proto__":{"x":1}}}]}'), 10)).toEqual({
      kind: 'unsafeKey',
      key: '__proto__',
    })
    expect(scanJson(parsed('[{"constructor":1}]'), 10)).toEqual({
      kind: 'unsafeKey',
      key: 'constructor',
    })
    expect(scanJson(parsed('{"x":{"prototype":null}}'), 10)).toEqual({
      kind: 'unsafeKey',
      key: 'prototype',
    })
  })

  it('lets the same words pass as values and inside longer names', () => {
    expect(scanJson(parsed('{"text":"__proto__","constructorName":["prototype"]}'), 10)).toBeNull()
    expect(scanJson('__proto__', 1)).toBeNull()
  })

  it('counts nesting from the value itself and stops past the limit', () => {
    expect(scanJson(parsed('{"a":{"b":[1]}}'), 3)).toBeNull()
    expect(scanJson(parsed('{"a":{"b":[{}]}}'), 3)).toEqual({ kind: 'tooDeep' })
  })

  it('walks a value nested a million levels without recursion', () => {
    const levels = 1_000_000
    const deep = parsed('['.repeat(levels) + ']'.repeat(levels))
    expect(scanJson(deep, 40)).toEqual({ kind: 'tooDeep' })
  })
})
