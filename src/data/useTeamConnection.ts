import { useEffect, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { settingKeys } from '../db/schema'
import {
  connectTeam,
  disconnectTeam,
  setTeamEditing,
  subscribeTeam,
  teamState,
  type TeamState,
} from '../db/teamConnection'
import type { TeamPeer } from '../domain/team/teamPresence'
import { readTeamSetting } from '../domain/team/teamSettings'
import { useEditorStore } from '../store/editorStore'
import { useSetting } from './useSetting'

const NOBODY: readonly TeamPeer[] = []

/**
 * While the plan screen is open: the plan's team connection, when its settings hold one
 * (`teamServer:<planId>`), on the plan's open document; and what this window edits, told to the
 * others. Nothing at all happens for a plan that was never connected.
 */
export function useTeamConnection(planId: string, doc: Y.Doc | null): void {
  const stored = useSetting<unknown>(settingKeys.teamServer(planId), null)
  const name = useSetting(settingKeys.teamUserName, '')
  const setting = stored === undefined ? undefined : readTeamSetting(stored)
  const url = setting?.url
  const code = setting?.code
  useEffect(() => {
    if (!doc || !url || !code || name === undefined) return
    connectTeam(planId, doc, { url, code }, name.trim() || '未署名')
  }, [planId, doc, url, code, name])
  // Settings removed (断开) or changed: the old connection goes.
  useEffect(() => {
    if (stored !== undefined && (!url || !code)) disconnectTeam(planId)
  }, [planId, stored, url, code])
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
