import { describe, expect, it } from 'vitest'
import {
  createTokenCommand,
  normalizeServerAddress,
  readStoredTeamServer,
  teamFormProblem,
  teamSettingOf,
  teamStatusText,
} from './teamSettings'
import { withoutTeamCodes } from './withoutTeamCodes'

describe('team settings', () => {
  it('takes a server address as people type it', () => {
    expect(normalizeServerAddress('ws://127.0.0.1:1234')).toBe('ws://127.0.0.1:1234')
    expect(normalizeServerAddress(' 127.0.0.1:1234 ')).toBe('ws://127.0.0.1:1234')
    expect(normalizeServerAddress('https://team.example.cn/')).toBe('wss://team.example.cn')
    expect(normalizeServerAddress('wss://team.example.cn/collab')).toBe(
      'wss://team.example.cn/collab',
    )
  })

  it('refuses what is not a WebSocket address', () => {
    for (const address of ['', 'ftp://host', 'ws://', 'ws://user:pass@host', 'javascript:alert(1)'])
      expect(normalizeServerAddress(address)).toBeNull()
  })

  it('says what is missing in the form, first things first', () => {
    expect(teamFormProblem('ws://h:1', 'p.s', '')).toMatch(/你的名字/)
    expect(teamFormProblem('', 'p.s', '甲')).toMatch(/服务器地址/)
    expect(teamFormProblem('ftp://h', 'p.s', '甲')).toMatch(/服务器地址无效/)
    expect(teamFormProblem('ws://h:1', '', '甲')).toMatch(/请填写协作码/)
    expect(teamFormProblem('ws://h:1', 'nodot', '甲')).toMatch(/协作码格式不对/)
    expect(teamFormProblem('ws://h:1', 'plan-1.secret', '甲')).toBeNull()
  })

  it('reads a stored setting only when it is usable, the code of an earlier build apart', () => {
    expect(readStoredTeamServer(null)).toBeNull()
    expect(readStoredTeamServer({ url: 'ftp://h' })).toBeNull()
    expect(readStoredTeamServer({ url: 'ws://h:1' })).toEqual({ url: 'ws://h:1', legacyCode: null })
    expect(readStoredTeamServer({ url: 'ws://h:1/', code: ' p.s ' })).toEqual({
      url: 'ws://h:1',
      legacyCode: 'p.s',
    })
    expect(readStoredTeamServer({ url: 'ws://h:1', code: 'nodot' })?.legacyCode).toBeNull()
  })

  it('connects only with an address and a code', () => {
    const stored = { url: 'ws://h:1', legacyCode: null }
    expect(teamSettingOf(stored, null)).toBeNull()
    expect(teamSettingOf(null, 'p.s')).toBeNull()
    expect(teamSettingOf(stored, 'nodot')).toBeNull()
    expect(teamSettingOf(stored, ' p.s')).toEqual({ url: 'ws://h:1', code: 'p.s' })
  })

  it('leaves every 协作码 out of the settings a file carries', () => {
    const rows = [
      { key: 'teamServer:p', value: { url: 'ws://h:1', code: 'p.secret' } },
      { key: 'teamServer:q', value: { url: 'ws://h:1' } },
      { key: 'teamServer:r', value: null },
      { key: 'other', value: { code: 'kept: not a team setting' } },
    ]
    expect(withoutTeamCodes(rows)).toEqual([
      { key: 'teamServer:p', value: { url: 'ws://h:1' } },
      rows[1],
      rows[2],
      rows[3],
    ])
    expect(rows[0].value).toEqual({ url: 'ws://h:1', code: 'p.secret' })
  })

  it('tells the owner the command and says each status', () => {
    expect(createTokenCommand('abc')).toBe(
      'npm run team-server -- create-token abc --data ./team-data',
    )
    expect(teamStatusText({ kind: 'connected' })).toBe('已连接')
    expect(teamStatusText({ kind: 'connecting' })).toBe('正在连接…')
    expect(teamStatusText({ kind: 'offline' })).toBe('离线（修改会在重新连接后合并）')
    expect(teamStatusText({ kind: 'refused', message: '协作码不正确' })).toBe('协作码不正确')
    expect(teamStatusText({ kind: 'needs-code' })).toBe('请输入协作码')
  })
})
