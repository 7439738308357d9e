// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { registerPendingEdit } from '../../store/pendingEdits'
import { UpdatePrompt } from './UpdatePrompt'

const calls: string[] = []
const hook = vi.hoisted(() => ({ needRefresh: true, setNeedRefresh: (_value: boolean) => {} }))

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [hook.needRefresh, hook.setNeedRefresh],
    offlineReady: [false, () => undefined],
    updateServiceWorker: async () => {
      calls.push('update')
    },
  }),
}))

beforeEach(() => {
  calls.length = 0
  hook.needRefresh = true
})
afterEach(cleanup)

describe('UpdatePrompt', () => {
  it('shows nothing while no new version waits', () => {
    hook.needRefresh = false
    render(<UpdatePrompt />)
    expect(screen.queryByText('已有新版本，刷新？')).toBeNull()
  })

  it('flushes the open edits before activating the new version', async () => {
    const unregister = registerPendingEdit('test', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      calls.push('flush')
    })
    render(<UpdatePrompt />)
    expect(screen.getByText('已有新版本，刷新？')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '刷新' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(calls).toEqual(['flush', 'update'])
    unregister()
  })

  it('稍后 dismisses the prompt without updating', () => {
    const dismissed: boolean[] = []
    hook.setNeedRefresh = (value) => dismissed.push(value)
    render(<UpdatePrompt />)
    fireEvent.click(screen.getByRole('button', { name: '稍后' }))
    expect(dismissed).toEqual([false])
    expect(calls).toEqual([])
  })
})
