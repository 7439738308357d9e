import { usePeersEditing } from '../../data/useTeamConnection'
import './presence.css'

/** Who else is editing this item (title or body), as small coloured name tags. */
export function PeerMarker({ planId, nodeId }: { planId: string; nodeId: string }) {
  const peers = usePeersEditing(planId, nodeId)
  if (peers.length === 0) return null
  return (
    <span className="peer-markers">
      {peers.map((peer) => (
        <span
          key={peer.clientId}
          className="peer-marker"
          role="img"
          aria-label={`${peer.name}正在编辑${peer.field === 'title' ? '标题' : '此条'}`}
          title={`${peer.name}正在编辑`}
          style={{ background: peer.color }}
        >
          {peer.name}
        </span>
      ))}
    </span>
  )
}
