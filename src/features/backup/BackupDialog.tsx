import { useEffect, useRef, useState } from 'react'
import { FilePickerButton } from '../../ui/FilePickerButton'
import type { BackupFile } from '../../domain/backup/backupFile'
import { summarizeBackup } from '../../domain/backup/backupSummary'
import { parseBackup, UNCHANGED } from '../../domain/backup/parseBackup'
import { restoreBackupCommand } from '../../commands/library/backupCommands'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import type { RestoreMode } from '../../db/backupRepo'
import { settingKeys } from '../../db/schema'
import { useSetting } from '../../data/useSetting'
import { usePlans, useTrashedPlans } from '../../data/planQueries'
import { showToast } from '../../store/toastStore'
import { Dialog } from '../../ui/Dialog'
import { formatEditedTime } from '../library/formatTime'
import { RestoreSummary } from './RestoreSummary'
import { runBackup } from './runBackup'
import './backup.css'

type Step =
  | { kind: 'start' }
  | { kind: 'preview'; backup: BackupFile; fileName: string }
  | { kind: 'confirmReplace'; backup: BackupFile; fileName: string }

const TITLES: Record<Step['kind'], string> = {
  start: '备份与恢复',
  preview: '从备份恢复',
  confirmReplace: '替换全部数据？',
}

/** 备份与恢复: download everything as one file, or read one back (shown first, then merged or replacing). */
export function BackupDialog({
  onClose,
  initialFile,
}: {
  onClose: () => void
  initialFile?: File
}) {
  const [step, setStep] = useState<Step>({ kind: 'start' })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const lastBackupAt = useSetting<number | null>(settingKeys.lastBackupAt, null)
  const plans = usePlans()
  const trashed = useTrashedPlans()

  const readFile = async (file: File | undefined) => {
    if (!file) return
    setError(null)
    let text: string
    try {
      text = await file.text()
    } catch {
      setError(`无法读取文件“${file.name}”。${UNCHANGED}`)
      return
    }
    const parsed = parseBackup(text)
    if (!parsed.ok) setError(parsed.error)
    else setStep({ kind: 'preview', backup: parsed.backup, fileName: file.name })
  }

  // A backup handed over (导入计划（JSON） given a full backup): read it as if chosen here.
  const handedOver = useRef(false)
  useEffect(() => {
    if (!initialFile || handedOver.current) return
    handedOver.current = true
    void readFile(initialFile)
  })

  const restore = async (backup: BackupFile, mode: RestoreMode) => {
    setBusy(true)
    try {
      const result = await runLibraryCommand(restoreBackupCommand, { backup, mode })
      showToast(
        mode === 'replace'
          ? `已用备份替换全部数据（${result.plans} 个计划）`
          : result.skippedPlans > 0
            ? `已合并备份中的 ${result.plans} 个计划，${result.skippedPlans} 个相同的计划已存在，未重复添加`
            : `已合并备份中的 ${result.plans} 个计划`,
      )
      onClose()
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure)
      setError(`恢复失败：${message}。${UNCHANGED}`)
      setStep({ kind: 'start' })
    } finally {
      setBusy(false)
    }
  }

  const current = (plans?.length ?? 0) + (trashed?.length ?? 0)
  return (
    <Dialog title={TITLES[step.kind]} open onClose={onClose} className="backup-dialog">
      {step.kind === 'start' && (
        <>
          <section className="backup-part" aria-labelledby="backup-export-title">
            <h3 id="backup-export-title">备份</h3>
            <p>
              把全部计划（包括回收站中的）、历史版本、常用语和设置下载为一个文件。
              {lastBackupAt ? `上次备份：${formatEditedTime(lastBackupAt)}。` : '还没有备份过。'}
            </p>
            <button type="button" className="primary" autoFocus onClick={() => void runBackup()}>
              下载备份文件
            </button>
          </section>
          <section className="backup-part" aria-labelledby="backup-restore-title">
            <h3 id="backup-restore-title">恢复</h3>
            <p>选择一个备份文件：先列出其中的内容，再选择合并到现有数据或替换现有数据。</p>
            <FilePickerButton
              label="选择备份文件…"
              inputLabel="选择备份文件"
              accept=".json,application/json"
              onFile={(file) => void readFile(file)}
            />
          </section>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              关闭
            </button>
          </div>
        </>
      )}
      {step.kind === 'preview' && (
        <>
          <RestoreSummary summary={summarizeBackup(step.backup)} fileName={step.fileName} />
          <p className="restore-modes">
            <strong>合并</strong>：备份中的内容添加到现有数据旁边，现有计划不受影响。
            <br />
            <strong>替换</strong>：先删除本机现有的全部数据，再换成备份中的内容。
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setStep({ kind: 'start' })}>
              取消
            </button>
            <button
              type="button"
              className="danger-text"
              disabled={busy}
              onClick={() => setStep({ ...step, kind: 'confirmReplace' })}
            >
              替换…
            </button>
            <button
              type="button"
              className="primary"
              autoFocus
              disabled={busy}
              onClick={() => void restore(step.backup, 'merge')}
            >
              合并
            </button>
          </div>
        </>
      )}
      {step.kind === 'confirmReplace' && (
        <>
          <p className="dialog-message" role="alert">
            {`本机现有的全部数据——${current} 个计划（包括回收站中的）、它们的历史版本、常用语和设置——将被删除，换成“${step.fileName}”中的内容。此操作不能撤销。`}
          </p>
          <p className="dialog-message">如果不确定，请先取消，下载一份当前数据的备份。</p>
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={() => setStep({ ...step, kind: 'preview' })}>
              取消
            </button>
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => void restore(step.backup, 'replace')}
            >
              删除现有数据并替换
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}
