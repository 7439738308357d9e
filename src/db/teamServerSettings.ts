import {
  storedTeamServerValue,
  type StoredTeamServer,
  type TeamServerSetting,
} from '../domain/team/teamSettings'
import { settingKeys } from './schema'
import { setSetting } from './settingsRepo'
import { readTeamCode, writeTeamCode } from './teamCodes'

/**
 * Keep a plan's team connection: the 协作码 in this profile's code store (first, so a window that
 * sees the new settings row finds the code), the address in the settings row.
 */
export async function saveTeamServer(planId: string, setting: TeamServerSetting): Promise<void> {
  writeTeamCode(planId, setting.code)
  await setSetting(settingKeys.teamServer(planId), storedTeamServerValue(setting.url))
}

/** 断开: the plan's connection forgotten, address and code. */
export async function forgetTeamServer(planId: string): Promise<void> {
  await setSetting(settingKeys.teamServer(planId), null)
  writeTeamCode(planId, null)
}

/**
 * A settings row of an earlier build that still holds the 协作码: the code moves to the code store
 * (unless one is there already) and the row keeps the address only.
 */
export async function moveLegacyTeamCode(planId: string, stored: StoredTeamServer): Promise<void> {
  if (!stored.legacyCode) return
  if (!readTeamCode(planId)) writeTeamCode(planId, stored.legacyCode)
  await setSetting(settingKeys.teamServer(planId), storedTeamServerValue(stored.url))
}
