import { lazy, Suspense, useState } from 'react'
import { healthLevel, useStorageHealth } from '../../store/storageHealthStore'
import { formatEditedTime } from '../library/formatTime'
import {
  runBackup,
  runKeepWipedStore,
  runRecoverFromCopy,
  runRestoreLocalCopy,
  runSkipCopyRecovery,
  runWriteBack,
} from './runBackup'
import './backup.css'

// The restore side (valibot, the schema) loads only when 从备份文件恢复 is chosen.
const BackupDialog = lazy(() =>
  import('./BackupDialog').then((module) => ({ default: module.BackupDialog })),
)

const mb = (bytes: number) => `${Math.max(0, Math.round(bytes / (1024 * 1024)))} MB`

/** A time of today to the second (the copy written from memory follows typing by seconds). */
function clock(time: number): string {
  const date = new Date(time)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}

/**
 * On every screen, when storage is in trouble: space running low (warned early, from the
 * browser's estimate), writes refused or stuck (a full disk), the database recreated empty under
 * the app. Everything is still in memory; 备份全部数据 saves it to a file at once, 写回数据库
 * puts it back once there is room.
 */
export function StorageHealthBanner() {
  const health = useStorageHealth()
  const level = healthLevel(health)
  const [dismissedLow, setDismissedLow] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [choosingFile, setChoosingFile] = useState(false)
  const [confirmingKeep, setConfirmingKeep] = useState(false)
  const [confirmingSkip, setConfirmingSkip] = useState(false)
  if (level === 'ok') return null
  if (level === 'low' && dismissedLow === health.low?.usage) return null
  const act = (run: () => Promise<void>) => async () => {
    setBusy(true)
    try {
      await run()
    } finally {
      setBusy(false)
    }
  }
  const backup = (
    <button type="button" className="primary" disabled={busy} onClick={act(runBackup)}>
      备份全部数据
    </button>
  )
  const wiped = health.wiped
  const recoverable = health.recoverable
  const copyAt = health.memoryCopyAt
  return (
    <div className={`storage-banner ${level}`} role="alert" aria-label="存储空间提醒">
      {level === 'wiped' && wiped && (
        <>
          <p>
            <strong>浏览器清空了本机数据库。</strong>
            上次有 {wiped.before.plans} 个计划（{wiped.before.nodes}{' '}
            个条目），现在计划库是空的（磁盘写满后重新打开浏览器时可能发生）。
            {confirmingKeep
              ? '确定不恢复吗？之后新写的内容会覆盖本机副本。'
              : wiped.copyAt !== null
                ? `本机还有一份副本（保存于 ${formatEditedTime(wiped.copyAt)}），可以恢复。`
                : '本机没有副本，请用备份文件恢复。'}
          </p>
          {confirmingKeep ? (
            <>
              <button type="button" disabled={busy} onClick={act(runKeepWipedStore)}>
                确定不恢复
              </button>
              <button type="button" onClick={() => setConfirmingKeep(false)}>
                返回
              </button>
            </>
          ) : (
            <>
              {wiped.copyAt !== null && (
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={act(runRestoreLocalCopy)}
                >
                  {busy ? '正在恢复…' : '恢复'}
                </button>
              )}
              <button
                type="button"
                className={wiped.copyAt === null ? 'primary' : undefined}
                disabled={busy}
                onClick={() => setChoosingFile(true)}
              >
                从备份文件恢复…
              </button>
              <button type="button" disabled={busy} onClick={() => setConfirmingKeep(true)}>
                不恢复
              </button>
            </>
          )}
          {choosingFile && (
            <Suspense fallback={null}>
              <BackupDialog onClose={() => setChoosingFile(false)} />
            </Suspense>
          )}
        </>
      )}
      {level === 'lost' && (
        <>
          <p>
            <strong>浏览器清空了本机数据库</strong>
            （磁盘写满时会发生）。所有计划和正在输入的文字仍在这个页面的内存中——请不要关闭或刷新页面。请先备份全部数据；腾出磁盘空间后，点“写回数据库”恢复。
          </p>
          <button type="button" className="primary" disabled={busy} onClick={act(runWriteBack)}>
            写回数据库
          </button>
          {backup}
        </>
      )}
      {level === 'full' && health.stuck && (
        <>
          <p>
            <strong>磁盘已有空间，但浏览器仍无法打开本机数据库。</strong>
            这是浏览器在磁盘写满后出现的故障，等待不会恢复。所有计划和正在输入的文字都保留在这个页面的内存中
            {copyAt !== null
              ? `，也另存在本机的一份副本中（${clock(copyAt)} 另存，之后输入的文字几秒后随之另存）。请立即备份全部数据，然后关闭浏览器的所有窗口并重新打开，重新打开后可从这份副本找回内容；如仍不全，请用“从备份恢复”导入刚才的备份文件。`
              : '：请立即备份全部数据，然后关闭浏览器的所有窗口并重新打开；如重新打开后内容不全，请用“从备份恢复”导入刚才的备份文件。'}
          </p>
          {backup}
        </>
      )}
      {level === 'full' && !health.stuck && (
        <>
          <p>
            <strong>
              {health.failing ? '存储空间已满，无法保存。' : '保存迟迟没有完成，存储空间可能已满。'}
            </strong>
            所有计划和正在输入的文字都保留在内存中，请不要关闭或刷新页面；请立即备份全部数据，并腾出磁盘空间，之后会自动继续保存。
            {copyAt !== null && `内容也另存在本机的一份副本中（${clock(copyAt)} 另存）。`}
          </p>
          {backup}
        </>
      )}
      {level === 'recover' && recoverable && (
        <>
          <p>
            <strong>上次磁盘已满时有内容未能存入本机数据库，</strong>
            已在本机副本中找回 {recoverable.changed.length + recoverable.added.length}{' '}
            个计划的内容（副本另存于 {formatEditedTime(recoverable.at)}
            {recoverable.added.length > 0
              ? `，其中 ${recoverable.added.length} 个计划只在副本中`
              : ''}
            ）。
            {confirmingSkip
              ? '确定不找回吗？副本中的这些内容将被丢弃。'
              : '找回会把这些内容写回计划，写回之前的内容存为历史版本“找回之前”。'}
          </p>
          {confirmingSkip ? (
            <>
              <button type="button" disabled={busy} onClick={act(runSkipCopyRecovery)}>
                确定不找回
              </button>
              <button type="button" onClick={() => setConfirmingSkip(false)}>
                返回
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={act(runRecoverFromCopy)}
              >
                {busy ? '正在找回…' : '找回这些内容'}
              </button>
              <button type="button" disabled={busy} onClick={() => setConfirmingSkip(true)}>
                不找回
              </button>
            </>
          )}
        </>
      )}
      {level === 'low' && health.low && (
        <>
          <p>
            <strong>存储空间即将用完：</strong>
            约剩 {mb(health.low.quota - health.low.usage)}（已用 {mb(health.low.usage)}
            ）。磁盘写满时浏览器可能丢弃数据，请先备份全部数据，再清理磁盘空间。
          </p>
          {backup}
          <button type="button" onClick={() => setDismissedLow(health.low?.usage ?? null)}>
            知道了
          </button>
        </>
      )}
    </div>
  )
}
