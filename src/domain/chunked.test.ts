import { expect, it } from 'vitest'
import { chunked } from './chunked'

it('splits a list into runs of a size, the last shorter', () => {
  expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  expect(chunked([], 50)).toEqual([])
})
