import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { drawText } from './testOutline'

// fixtures/import-cases.txt: each case is a pasted text and the outline it must give.
const FILE = readFileSync(new URL('./fixtures/import-cases.txt', import.meta.url), 'utf8')

interface ImportCase {
  name: string
  input: string
  expected: string
}

/** The cases of the fixture file, in order. */
function readCases(text: string): ImportCase[] {
  const cases: ImportCase[] = []
  let current: { name: string; input: string[]; expected: string[] | null } | null = null
  const finish = () => {
    if (current === null) return
    if (current.expected === null) throw new Error(`import case without ---: ${current.name}`)
    cases.push({
      name: current.name,
      input: current.input.join('\n'),
      expected: current.expected.filter((line) => line.trim() !== '').join('\n'),
    })
  }
  for (const line of text.split('\n')) {
    if (line.startsWith('=== ')) {
      finish()
      current = { name: line.slice(4), input: [], expected: null }
    } else if (current === null) continue
    else if (line === '---' && current.expected === null) current.expected = []
    else if (current.expected !== null) current.expected.push(line)
    else current.input.push(line)
  }
  finish()
  return cases
}

const CASES = readCases(FILE)

describe('import cases (fixtures/import-cases.txt)', () => {
  it('the file holds the cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15)
  })

  for (const { name, input, expected } of CASES)
    it(name, () => {
      expect(drawText(input)).toBe(expected)
    })
})
