// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkStorageEstimate, useStorageHealth } from '../../store/storageHealthStore'
import { StorageHealthBanner } from './StorageHealthBanner'

const MB = 1024 * 1024

beforeEach(() =>
  useStorageHealth.setState({
    low: null,
    failing: null,
    stalled: false,
    lost: false,
    damaged: false,
    rebuilding: false,
  }),
)
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const banner = () => screen.queryByRole('alert', { name: '存储空间提醒' })

describe('StorageHealthBanner', () => {
  it('warns early from the browser estimate, with 备份全部数据; 知道了 hides it', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.resolve({ usage: 300 * MB, quota: 420 * MB }) },
    })
    render(<StorageHealthBanner />)
    expect(banner()).toBeNull()
    await act(() => checkStorageEstimate())
    expect(banner()?.textContent).toContain('存储空间即将用完')
    expect(banner()?.textContent).toContain('约剩 120 MB')
    expect(screen.getByRole('button', { name: '备份全部数据' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '知道了' }))
    expect(banner()).toBeNull()
  })

  it('says in Chinese that the disk is full and everything is kept in memory', () => {
    render(<StorageHealthBanner />)
    act(() => useStorageHealth.setState({ failing: 'QuotaExceededError' }))
    expect(banner()?.textContent).toContain('存储空间已满')
    expect(banner()?.textContent).toContain('内存中')
    expect(screen.queryByRole('button', { name: '写回数据库' })).toBeNull()
  })

  it('offers 写回数据库 when the browser recreated the database empty', () => {
    render(<StorageHealthBanner />)
    act(() => useStorageHealth.setState({ lost: true }))
    expect(banner()?.textContent).toContain('浏览器清空了本机数据库')
    expect(screen.getByRole('button', { name: '写回数据库' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '备份全部数据' })).toBeTruthy()
  })
})
