import { expect, it } from 'vitest'
import { docFromText } from '../domain/outline/richText'
import { bodyToOpen, holdClosingBody } from './reopenedBodies'

it('reopens with the closing text until the stored row is newer', () => {
  const stored = docFromText('旧')
  const typed = docFromText('刚输入的')
  expect(bodyToOpen('n', stored, 3)).toBe(stored)
  holdClosingBody('n', typed, 3)
  expect(bodyToOpen('n', stored, 3)).toBe(typed)
  const committed = docFromText('刚输入的')
  expect(bodyToOpen('n', committed, 4)).toBe(committed)
  expect(bodyToOpen('n', stored, 3)).toBe(stored)
})
