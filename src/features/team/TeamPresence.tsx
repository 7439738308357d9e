import { useTeamServer, useTeamState } from '../../data/useTeamConnection'
import { teamStatusText } from '../../domain/team/teamSettings'
import './presence.css'

/** In the status bar of a connected plan: the connection's state and who else is here. */
export function TeamPresence({ planId }: { planId: string }) {
  const state = useTeamState(planId)
  const server = useTeamServer(planId)
  if (!state) {
    // The address is kept but not the code (a restored backup): the 团队协作 dialog asks for it.
    if (!server?.needsCode) return null
    return (
      <span className="team-presence">
        <span className="team-status team-needs-code" role="status" data-testid="team-status">
          团队协作：{teamStatusText({ kind: 'needs-code' })}（点“团队协作”填写）
        </span>
      </span>
    )
  }
  const { status, peers } = state
  return (
    <span className="team-presence">
      <span
        className={`team-status team-${status.kind}`}
        role={status.kind === 'refused' ? 'alert' : 'status'}
        data-testid="team-status"
      >
        团队协作：{teamStatusText(status)}
      </span>
      {status.kind === 'connected' && (
        <span className="team-peers" aria-label="同时在线">
          {peers.length === 0 ? (
            <span className="muted">暂无其他人</span>
          ) : (
            <ul aria-label="在线的人">
              {peers.map((peer) => (
                <li key={peer.clientId} title={peer.editing ? `${peer.name}正在编辑` : peer.name}>
                  <span
                    className="team-dot"
                    style={{ background: peer.color }}
                    aria-hidden="true"
                  />
                  {peer.name}
                </li>
              ))}
            </ul>
          )}
        </span>
      )}
    </span>
  )
}
