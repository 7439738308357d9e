import { beforeEach, describe, expect, it } from 'vitest'
import { readStoredTeamServer } from '../domain/team/teamSettings'
import { db } from './db'
import { settingKeys } from './schema'
import { setSetting } from './settingsRepo'
import { readTeamCode, writeTeamCode } from './teamCodes'
import { forgetTeamServer, moveLegacyTeamCode, saveTeamServer } from './teamServerSettings'

beforeEach(async () => {
  await db.delete()
  await db.open()
  writeTeamCode('p', null)
})

const row = async () => (await db.settings.get(settingKeys.teamServer('p')))?.value

describe('a plan’s team connection as kept', () => {
  it('keeps the address in settings and the code apart; 断开 forgets both', async () => {
    await saveTeamServer('p', { url: 'ws://h:1', code: 'p.secret' })
    expect(await row()).toEqual({ url: 'ws://h:1' })
    expect(readTeamCode('p')).toBe('p.secret')
    await forgetTeamServer('p')
    expect(await row()).toBeNull()
    expect(readTeamCode('p')).toBeNull()
  })

  it('moves the code an earlier build kept in the settings row out of it', async () => {
    await setSetting(settingKeys.teamServer('p'), { url: 'ws://h:1', code: 'p.old' })
    const stored = readStoredTeamServer(await row())
    expect(stored).toEqual({ url: 'ws://h:1', legacyCode: 'p.old' })
    await moveLegacyTeamCode('p', stored!)
    expect(await row()).toEqual({ url: 'ws://h:1' })
    expect(readTeamCode('p')).toBe('p.old')
  })

  it('a code typed here wins over one an old row brought back', async () => {
    writeTeamCode('p', 'p.new')
    await moveLegacyTeamCode('p', { url: 'ws://h:1', legacyCode: 'p.old' })
    expect(readTeamCode('p')).toBe('p.new')
    expect(await row()).toEqual({ url: 'ws://h:1' })
  })
})
