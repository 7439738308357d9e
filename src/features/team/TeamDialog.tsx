import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useSetting } from '../../data/useSetting'
import { useTeamServer, useTeamState, type TeamServerState } from '../../data/useTeamConnection'
import { joinTeamPlan } from '../../db/joinTeamPlan'
import { settingKeys } from '../../db/schema'
import { setSetting } from '../../db/settingsRepo'
import { restartTeam } from '../../db/teamConnection'
import { forgetTeamServer, saveTeamServer } from '../../db/teamServerSettings'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'
import { parseCollaborationCode } from '../../domain/team/collaborationCode'
import { cleanTeamName } from '../../domain/team/teamPresence'
import {
  createTokenCommand,
  normalizeServerAddress,
  teamFormProblem,
  teamStatusText,
} from '../../domain/team/teamSettings'
import { Dialog } from '../../ui/Dialog'
import { navigate } from '../../ui/useHashRoute'
import './team.css'

const NOT_CONNECTED: TeamServerState = { stored: null, setting: null, needsCode: false }

interface TeamDialogProps {
  /** The plan open on the screen; absent in the library (joining a colleague's plan). */
  planId?: string
  onClose: () => void
}

/** 团队协作: server address, 协作码 and the name shown to colleagues; 连接 / 断开. */
export function TeamDialog({ planId, onClose }: TeamDialogProps) {
  const server = useTeamServer(planId ?? '')
  const storedName = useSetting(settingKeys.teamUserName, '')
  if (server === undefined || storedName === undefined) return null
  return (
    <TeamForm
      planId={planId}
      onClose={onClose}
      initialName={storedName}
      server={planId ? server : NOT_CONNECTED}
    />
  )
}

function TeamForm({
  planId,
  onClose,
  initialName,
  server,
}: TeamDialogProps & {
  initialName: string
  server: TeamServerState
}) {
  const connected = server.setting
  const [name, setName] = useState(initialName)
  const [url, setUrl] = useState(server.stored?.url ?? '')
  const [code, setCode] = useState(connected?.code ?? '')
  // The code is a password: shown only on 显示 (and hidden again when the dialog reopens).
  const [showCode, setShowCode] = useState(false)
  const codeField = useRef<HTMLInputElement>(null)
  // A restored backup kept the address, not the code: the code field is where to type.
  const needsCode = server.needsCode
  useEffect(() => {
    if (needsCode) codeField.current?.focus()
  }, [needsCode])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const state = useTeamState(planId ?? '')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problem = teamFormProblem(url, code, name)
    if (problem) return setError(problem)
    setError(null)
    const setting = { url: normalizeServerAddress(url) ?? url, code: code.trim() }
    const codePlan = parseCollaborationCode(setting.code)?.planId
    await setSetting(settingKeys.teamUserName, cleanTeamName(name))
    if (planId && codePlan === planId) {
      const same = connected?.url === setting.url && connected.code === setting.code
      await saveTeamServer(planId, setting)
      if (same) restartTeam(planId)
      return
    }
    // A code for another plan: the colleague's plan is fetched from the server, then opened.
    setBusy(true)
    try {
      const joined = await joinTeamPlan(setting)
      onClose()
      navigate({ name: 'editor', planId: joined })
    } catch (failure) {
      setError(chineseErrorMessage(failure, '连接'))
      setBusy(false)
    }
  }

  const disconnect = async () => {
    if (!planId) return
    await forgetTeamServer(planId)
    setCode('')
  }

  const attention = !busy && (state ? state.status.kind === 'refused' : needsCode)
  const statusText = busy
    ? '正在连接…'
    : state
      ? teamStatusText(state.status)
      : server.needsCode
        ? teamStatusText({ kind: 'needs-code' })
        : '未连接'
  return (
    <Dialog title="团队协作" open onClose={onClose} className="team-dialog">
      <form className="plan-form" onSubmit={submit} noValidate>
        <p className="team-intro">
          与同事一起起草{planId ? '本计划' : '计划'}
          ：每人填写同一个服务器地址和协作码。断网时照常修改，重新连接后自动合并。
        </p>
        <label>
          你的名字（同事会看到）
          <input autoFocus value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          服务器地址
          <input
            value={url}
            placeholder="ws://127.0.0.1:1234"
            inputMode="url"
            spellCheck={false}
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <div className="team-code">
          <label htmlFor="team-code">协作码</label>
          <span className="team-code-field">
            <input
              id="team-code"
              type={showCode ? 'text' : 'password'}
              value={code}
              placeholder="计划编号.密钥"
              spellCheck={false}
              autoComplete="off"
              ref={codeField}
              onChange={(event) => setCode(event.target.value)}
            />
            <button
              type="button"
              aria-pressed={showCode}
              aria-controls="team-code"
              onClick={() => setShowCode((shown) => !shown)}
            >
              显示
            </button>
          </span>
        </div>
        <p className="team-status-line">
          状态：
          <span
            role={attention ? 'alert' : 'status'}
            className={attention ? 'team-attention' : undefined}
            data-testid="team-dialog-status"
          >
            {statusText}
          </span>
        </p>
        {planId && (
          <div className="team-owner">
            <p>
              计划的创建者：本计划编号 <code>{planId}</code>。在服务器所在的电脑上运行
            </p>
            <pre>
              <code>{createTokenCommand(planId)}</code>
            </pre>
            <p>把打印出的协作码发给同事（再次运行会换一个新码，旧码失效）。</p>
          </div>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            关闭
          </button>
          {server.stored && (
            <button type="button" onClick={() => void disconnect()}>
              断开
            </button>
          )}
          <button type="submit" className="primary" disabled={busy}>
            连接
          </button>
        </div>
      </form>
    </Dialog>
  )
}
