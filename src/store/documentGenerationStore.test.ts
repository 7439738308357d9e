import { expect, it } from 'vitest'
import {
  carryCaret,
  documentReplaced,
  takeCarriedCaret,
  useDocumentGeneration,
} from './documentGenerationStore'

it('carries the caret of an editor unmounted for a replaced document to the one bound anew, once', () => {
  documentReplaced()
  // The old editor unmounts in the render of the new generation.
  carryCaret('A', { anchor: 24, head: 24 })
  expect(takeCarriedCaret('A')).toEqual({ anchor: 24, head: 24 })
  // Taken once: a later mount of the same item (a new click) is not put back there.
  expect(takeCarriedCaret('A')).toBeUndefined()
  expect(takeCarriedCaret('B')).toBeUndefined()
})

it('a caret carried in an earlier generation is never used', () => {
  documentReplaced()
  carryCaret('A', { anchor: 3, head: 5 })
  const before = useDocumentGeneration.getState().generation
  documentReplaced()
  expect(useDocumentGeneration.getState().generation).toBe(before + 1)
  expect(takeCarriedCaret('A')).toBeUndefined()
})
