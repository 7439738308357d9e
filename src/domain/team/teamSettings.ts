import { parseCollaborationCode } from './collaborationCode'

/** A plan's 团队协作 connection: the address from settings, the code from db/teamCodes. */
export interface TeamServerSetting {
  /** ws:// or wss:// address of the team server. */
  url: string
  /** The 协作码 `<planId>.<secret>`. */
  code: string
}

/**
 * The server address as the provider needs it: `ws://` added when none is given, `http(s)://`
 * turned into `ws(s)://`; null when it is not an address.
 */
export function normalizeServerAddress(input: string): string | null {
  let text = input.trim()
  if (!text) return null
  if (/^https?:\/\//i.test(text)) text = text.replace(/^http/i, 'ws')
  else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `ws://${text}`
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null
  if (!url.hostname || url.username || url.password) return null
  return text.replace(/\/+$/, '')
}

/** What is wrong with the dialog's fields, in Chinese; null when they can be used. */
export function teamFormProblem(url: string, code: string, name: string): string | null {
  if (!name.trim()) return '请填写你的名字（同事会看到它）'
  if (!url.trim()) return '请填写服务器地址，例如 ws://127.0.0.1:1234'
  if (!normalizeServerAddress(url))
    return '服务器地址无效：应以 ws:// 或 wss:// 开头，例如 ws://127.0.0.1:1234'
  if (!code.trim()) return '请填写协作码'
  if (!parseCollaborationCode(code))
    return '协作码格式不对：应是“计划编号.密钥”，请完整复制计划创建者给你的协作码'
  return null
}

/**
 * A plan's team connection as the settings row keeps it: the server address only. The 协作码 is
 * kept apart (db/teamCodes), out of every backup; `legacyCode` is one an earlier build kept in
 * the row, to be moved out of it.
 */
export interface StoredTeamServer {
  url: string
  legacyCode: string | null
}

/** A stored setting, checked (settings rows come from backups too); null when unusable. */
export function readStoredTeamServer(value: unknown): StoredTeamServer | null {
  if (typeof value !== 'object' || value === null) return null
  const { url, code } = value as Record<string, unknown>
  if (typeof url !== 'string') return null
  const address = normalizeServerAddress(url)
  if (!address) return null
  const legacyCode = typeof code === 'string' && parseCollaborationCode(code) ? code.trim() : null
  return { url: address, legacyCode }
}

/** What the settings row holds for a connected plan: never the code. */
export const storedTeamServerValue = (url: string) => ({ url })

/** The connection to make: the stored address with the code kept apart; null without both. */
export function teamSettingOf(
  stored: StoredTeamServer | null,
  code: string | null,
): TeamServerSetting | null {
  if (!stored || !code || !parseCollaborationCode(code)) return null
  return { url: stored.url, code: code.trim() }
}

/** The command the plan's owner runs on the server machine to make a 协作码. */
export const createTokenCommand = (planId: string) =>
  `npm run team-server -- create-token ${planId} --data ./team-data`

/** Where a plan's team connection stands. */
export type TeamStatus =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'offline' }
  | { kind: 'refused'; message: string }
  /** The address is kept but no 协作码 (a restored backup, another computer): it is asked for. */
  | { kind: 'needs-code' }

/** The status as the status bar and dialog say it. */
export function teamStatusText(status: TeamStatus): string {
  switch (status.kind) {
    case 'connecting':
      return '正在连接…'
    case 'connected':
      return '已连接'
    case 'offline':
      return '离线（修改会在重新连接后合并）'
    case 'refused':
      return status.message
    case 'needs-code':
      return '请输入协作码'
  }
}
