import { beforeEach, expect, it } from 'vitest'
import { documentSaveReporter } from '../db/documentUpdates'
import { isAllSaved, trackSave, trackUnsaved, useSaveStore } from './saveStore'

const saved = () => isAllSaved(useSaveStore.getState())

beforeEach(() => useSaveStore.setState({ pending: 0, unsaved: new Set(), error: null }))

it('is unsaved from the keystroke until the write holding the last one completes', () => {
  const field = trackUnsaved('title')
  expect(saved()).toBe(true)
  field.typed()
  expect(saved()).toBe(false)
  const first = field.writing()
  field.typed()
  // The first write completes, but it does not hold the second keystroke.
  field.written(first)
  expect(saved()).toBe(false)
  const second = field.writing()
  field.written(second)
  expect(saved()).toBe(true)
})

it('keeps each field apart: one field written does not clear another', () => {
  const title = trackUnsaved('title')
  const body = trackUnsaved('body')
  title.typed()
  body.typed()
  body.written(body.writing())
  expect(saved()).toBe(false)
  title.written(title.writing())
  expect(saved()).toBe(true)
})

it('a failed write leaves the text unsaved; a later one clears it', async () => {
  const field = trackUnsaved('title')
  field.typed()
  const version = field.writing()
  await expect(trackSave(() => Promise.reject(new Error('磁盘已满')))).rejects.toThrow()
  expect(saved()).toBe(false)
  expect(useSaveStore.getState().error).toBe('磁盘已满')
  await trackSave(() => Promise.resolve())
  field.written(version)
  expect(saved()).toBe(true)
})

it('a write in flight is not saved until it completes', async () => {
  let finish = () => undefined as void
  const write = trackSave(() => new Promise<void>((resolve) => (finish = resolve)))
  expect(saved()).toBe(false)
  finish()
  await write
  expect(saved()).toBe(true)
})

it('a document holding updates is 正在保存… until it holds none; a refusal is said until then, heard twice or not', () => {
  const reporter = documentSaveReporter()
  reporter.holding('doc:p#1', true)
  reporter.holding('doc:p#1', true)
  expect(saved()).toBe(false)
  reporter.refused(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))
  reporter.refused(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))
  expect(useSaveStore.getState().error).toBe('保存失败：存储空间已满，无法保存（内容仍在编辑器中）')
  // Another document of the plan (the one a rebuild replaced) lets go: this one still holds.
  reporter.holding('doc:p#2', false)
  expect(saved()).toBe(false)
  reporter.holding('doc:p#1', false)
  reporter.holding('doc:p#1', false)
  expect(saved()).toBe(true)
  expect(useSaveStore.getState().pending).toBe(0)
  expect(useSaveStore.getState().error).toBeNull()
})
