/**
 * A 协作码 as the team server makes it (`npm run team-server -- create-token <planId>`):
 * `<planId>.<secret>`. The plan id names the document to open; the whole code is the token.
 */
export function parseCollaborationCode(code: string): { planId: string; token: string } | null {
  const trimmed = code.trim()
  const dot = trimmed.lastIndexOf('.')
  if (dot <= 0 || dot === trimmed.length - 1) return null
  const planId = trimmed.slice(0, dot)
  if (!/^[\w-]{1,200}$/.test(planId) || !/^[\w-]+$/.test(trimmed.slice(dot + 1))) return null
  return { planId, token: trimmed }
}

/** Reasons the team server gives for refusing a connection (server/teamServer.mjs REFUSAL). */
const REFUSALS: Record<string, string> = {
  'unknown-plan': '服务器上没有这个计划：请计划的创建者先在服务器上生成协作码',
  'wrong-token': '协作码不正确或已被收回，请向计划的创建者确认',
}

/** What the 团队协作 dialog says when the server refuses. */
export function teamRefusalMessage(reason: string | undefined): string {
  return (reason && REFUSALS[reason]) ?? `服务器拒绝连接${reason ? `（${reason}）` : ''}`
}

export const TEAM_REFUSAL_REASONS = Object.keys(REFUSALS)
