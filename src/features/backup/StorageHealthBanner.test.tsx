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
    wiped: null,
    stuck: false,
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

  it('a database the browser still refuses once the disk has room: restart the browser, backup first', () => {
    render(<StorageHealthBanner />)
    act(() => useStorageHealth.setState({ failing: 'UnknownError', stuck: true }))
    expect(banner()?.textContent).toContain('磁盘已有空间，但浏览器仍无法打开本机数据库')
    expect(banner()?.textContent).toContain('重新打开')
    expect(banner()?.textContent).not.toContain('之后会自动继续保存')
    expect(screen.getByRole('button', { name: '备份全部数据' })).toBeTruthy()
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

  it('never shows an empty library silently after the browser deleted the database', () => {
    render(<StorageHealthBanner />)
    const before = { databaseId: 'x', plans: 4, nodes: 210, at: 1 }
    act(() => useStorageHealth.setState({ wiped: { before, copyAt: Date.now() } }))
    expect(banner()?.textContent).toContain('浏览器清空了本机数据库')
    expect(banner()?.textContent).toContain('上次有 4 个计划（210 个条目）')
    expect(banner()?.textContent).toContain('本机还有一份副本（保存于 今天')
    expect(screen.getByRole('button', { name: '恢复' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '从备份文件恢复…' })).toBeTruthy()
    // 不恢复 asks first: the copy would be replaced by what is written next.
    fireEvent.click(screen.getByRole('button', { name: '不恢复' }))
    expect(banner()?.textContent).toContain('确定不恢复吗')
    fireEvent.click(screen.getByRole('button', { name: '返回' }))
    expect(screen.getByRole('button', { name: '恢复' })).toBeTruthy()
  })

  it('without a copy offers the backup file only', () => {
    render(<StorageHealthBanner />)
    const before = { databaseId: 'x', plans: 1, nodes: 3, at: 1 }
    act(() => useStorageHealth.setState({ wiped: { before, copyAt: null } }))
    expect(banner()?.textContent).toContain('本机没有副本，请用备份文件恢复')
    expect(screen.queryByRole('button', { name: '恢复' })).toBeNull()
    expect(screen.getByRole('button', { name: '从备份文件恢复…' })).toBeTruthy()
  })
})
