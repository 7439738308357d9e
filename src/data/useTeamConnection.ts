import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { settingKeys } from '../db/schema'
import { readTeamCode, subscribeTeamCodes } from '../db/teamCodes'
import { moveLegacyTeamCode } from '../db/teamServerSettings'
import {
  connectTeam,
  disconnectTeam,
  setTeamEditing,
  subscribeTeam,
  teamState,
  type TeamState,
} from '../db/teamConnection'
import type { TeamCaretSource, TeamPeer } from '../domain/team/teamPresence'
import {
  readStoredTeamServer,
  teamSettingOf,
  type StoredTeamServer,
  type TeamServerSetting,
} from '../domain/team/teamSettings'
import { useEditorStore } from '../store/editorStore'
import { useSetting } from './useSetting'

const NOBODY: readonly TeamPeer[] = []

/** A plan's team connection as this profile keeps it. */
export interface TeamServerState {
  /** The address from the settings row (null: the plan is not connected). */
  stored: StoredTeamServer | null
  /** Address and 协作码, when both are known here. */
  setting: TeamServerSetting | null
  /** The address is kept but not the code (a restored backup): 请输入协作码. */
  needsCode: boolean
}

/**
 * The plan's team connection: the address from settings (`teamServer:<planId>`), the 协作码 from
 * this profile's code store (db/teamCodes, never in a backup). A row of an earlier build that
 * still holds the code has it moved out. Undefined while loading.
 */
export function useTeamServer(planId: string): TeamServerState | undefined {
  const value = useSetting<unknown>(settingKeys.teamServer(planId), null)
  const code = useSyncExternalStore(subscribeTeamCodes, () => readTeamCode(planId))
  const stored = value === undefined ? undefined : readStoredTeamServer(value)
  const legacyCode = stored?.legacyCode
  const url = stored?.url
  useEffect(() => {
    if (url && legacyCode) void moveLegacyTeamCode(planId, { url, legacyCode })
  }, [planId, url, legacyCode])
  if (stored === undefined) return undefined
  const setting = teamSettingOf(stored, code ?? legacyCode ?? null)
  return { stored, setting, needsCode: !!stored && !setting }
}

/**
 * While the plan screen is open: the plan's team connection, when its settings hold one, on the
 * plan's open document; and what this window edits, told to the others. Nothing at all happens
 * for a plan that was never connected.
 */
export function useTeamConnection(planId: string, doc: Y.Doc | null): void {
  const server = useTeamServer(planId)
  const name = useSetting(settingKeys.teamUserName, '')
  const url = server?.setting?.url
  const code = server?.setting?.code
  useEffect(() => {
    if (!doc || !url || !code || name === undefined) return
    connectTeam(planId, doc, { url, code }, name.trim() || '未署名')
  }, [planId, doc, url, code, name])
  // Settings removed (断开), changed, or the code forgotten: the old connection goes.
  const loaded = server !== undefined
  useEffect(() => {
    if (loaded && (!url || !code)) disconnectTeam(planId)
  }, [planId, loaded, url, code])
  useEffect(() => () => (doc ? disconnectTeam(planId) : undefined), [planId, doc])
  useEffect(() => {
    const tell = (state: {
      editingId: string | null
      editingField: 'title' | 'body'
      renamingId: string | null
    }) => {
      // Renaming in the outline is editing the item's title.
      if (state.editingId) setTeamEditing(planId, state.editingId, state.editingField)
      else setTeamEditing(planId, state.renamingId, state.renamingId ? 'title' : null)
    }
    tell(useEditorStore.getState())
    return useEditorStore.subscribe(tell)
  }, [planId, url, code])
}

/** The plan's team connection as the screen shows it; undefined when not connected. */
export function useTeamState(planId: string): TeamState | undefined {
  return useSyncExternalStore(subscribeTeam, () => teamState(planId))
}

/** The others editing an item of the plan (empty when nobody is, or not connected). */
export function usePeersEditing(planId: string, nodeId: string): readonly TeamPeer[] {
  return useSyncExternalStore(subscribeTeam, () => teamState(planId)?.editing.get(nodeId) ?? NOBODY)
}

/** Where the live body editor shows the others' carets: the connection's awareness, or null. */
export function useTeamAwareness(planId: string): TeamCaretSource | null {
  const awareness = useSyncExternalStore(subscribeTeam, () => teamState(planId)?.awareness ?? null)
  const userId = useSyncExternalStore(subscribeTeam, () => teamState(planId)?.userId ?? '')
  return useMemo(() => (awareness ? { awareness, userId } : null), [awareness, userId])
}
