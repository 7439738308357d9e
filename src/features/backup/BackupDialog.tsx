import { useEffect, useRef, useState } from 'react'
import { FilePickerButton } from '../../ui/FilePickerButton'
import { ProgressBar } from '../../ui/ProgressBar'
import type { BackupSummary } from '../../domain/backup/backupSummary'
import { UNCHANGED } from '../../domain/backup/parseBackup'
import { restoreBackupCommand } from '../../commands/library/backupCommands'
import {
  startBackupReading,
  type BackupReading,
  type JobStage,
} from '../../commands/library/backupReading'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import type { RestoreMode } from '../../db/backupRepo'
import { settingKeys } from '../../db/schema'
import { useSetting } from '../../data/useSetting'
import { usePlans, useTrashedPlans } from '../../data/planQueries'
import { showToast } from '../../store/toastStore'
import { Dialog } from '../../ui/Dialog'
import { formatEditedTime } from '../library/formatTime'
import { MigrationBackupPart } from './MigrationBackupPart'
import { RestoreSummary } from './RestoreSummary'
import { runBackup } from './runBackup'
import './backup.css'

interface Read {
  reading: BackupReading
  summary: BackupSummary
  fileName: string
}

type Step =
  | { kind: 'start' }
  | { kind: 'reading'; fileName: string }
  | ({ kind: 'preview' } & Read)
  | ({ kind: 'confirmReplace' } & Read)
  | ({ kind: 'writing'; mode: RestoreMode } & Read)

const TITLES: Record<Step['kind'], string> = {
  start: '备份与恢复',
  reading: '正在读取备份',
  preview: '从备份恢复',
  confirmReplace: '替换全部数据？',
  writing: '正在恢复',
}

const STAGE_WORDS: Record<JobStage, string> = {
  reading: '正在读取文件',
  checking: '正在检查内容',
  writing: '正在写入数据',
}

/**
 * 备份与恢复: download everything as one file, or read one back (shown first, then merged or
 * replacing). A file is read, checked and written in a worker, with a progress bar and 取消.
 */
export function BackupDialog({
  onClose,
  initialFile,
}: {
  onClose: () => void
  initialFile?: File
}) {
  const [step, setStep] = useState<Step>({ kind: 'start' })
  const [progress, setProgress] = useState<{ stage: JobStage; share: number }>({
    stage: 'reading',
    share: 0,
  })
  const [error, setError] = useState<string | null>(null)
  const lastBackupAt = useSetting<number | null>(settingKeys.lastBackupAt, null)
  const plans = usePlans()
  const trashed = useTrashedPlans()
  // The worker of the file being read or shown: let go when the dialog goes (unless writing).
  const current = useRef<{ reading: BackupReading; writing: boolean } | null>(null)
  useEffect(
    () => () => {
      if (current.current && !current.current.writing) current.current.reading.close()
    },
    [],
  )

  const onProgress = (stage: JobStage, share: number) => setProgress({ stage, share })

  const readFile = async (file: File | undefined) => {
    if (!file) return
    setError(null)
    current.current?.reading.close()
    setProgress({ stage: 'reading', share: 0 })
    const reading = startBackupReading(file, onProgress)
    current.current = { reading, writing: false }
    setStep({ kind: 'reading', fileName: file.name })
    const outcome = await reading.read
    if (current.current?.reading !== reading) return
    if (outcome.kind === 'read') {
      setStep({ kind: 'preview', reading, summary: outcome.summary, fileName: file.name })
      return
    }
    current.current = null
    if (outcome.kind === 'refused') setError(outcome.error)
    setStep({ kind: 'start' })
  }

  // A backup handed over (导入计划（JSON） given a full backup): read it as if chosen here.
  const handedOver = useRef(false)
  useEffect(() => {
    if (!initialFile || handedOver.current) return
    handedOver.current = true
    void readFile(initialFile)
  })

  const leavePreview = () => {
    current.current?.reading.close()
    current.current = null
    setStep({ kind: 'start' })
  }

  const restore = async (read: Read, mode: RestoreMode) => {
    setProgress({ stage: 'writing', share: 0 })
    current.current = { reading: read.reading, writing: true }
    setStep({ ...read, kind: 'writing', mode })
    try {
      const outcome = await runLibraryCommand(restoreBackupCommand, {
        reading: read.reading,
        mode,
        onProgress,
      })
      current.current = null
      if (outcome.kind === 'cancelled') {
        setError(`已取消恢复。${UNCHANGED}`)
        setStep({ kind: 'start' })
        return
      }
      showToast(
        mode === 'replace'
          ? `已用备份替换全部数据（${outcome.plans} 个计划）`
          : outcome.skippedPlans > 0
            ? `已合并备份中的 ${outcome.plans} 个计划，${outcome.skippedPlans} 个相同的计划已存在，未重复添加`
            : `已合并备份中的 ${outcome.plans} 个计划`,
      )
      onClose()
    } catch (failure) {
      // The worker's messages are Chinese; anything else is not shown as it is.
      current.current = null
      const message = failure instanceof Error ? failure.message : ''
      setError(/[\u4e00-\u9fff]/.test(message) ? message : `恢复失败。${UNCHANGED}`)
      setStep({ kind: 'start' })
    }
  }

  const cancel = () => current.current?.reading.cancel()
  const busy = step.kind === 'reading' || step.kind === 'writing'
  const existing = (plans?.length ?? 0) + (trashed?.length ?? 0)
  return (
    <Dialog
      title={TITLES[step.kind]}
      open
      onClose={busy ? cancel : step.kind === 'start' ? onClose : leavePreview}
      className="backup-dialog"
    >
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
          <MigrationBackupPart />
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
      {busy && (
        <>
          <p className="dialog-message">
            {step.kind === 'reading'
              ? `正在读取并检查“${step.fileName}”，完成后先列出其中的内容。`
              : `正在把“${step.fileName}”${step.mode === 'replace' ? '替换' : '合并'}到本机数据中。`}
            取消则不做任何更改。
          </p>
          <ProgressBar label={STAGE_WORDS[progress.stage]} share={progress.share} />
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={cancel}>
              取消
            </button>
          </div>
        </>
      )}
      {step.kind === 'preview' && (
        <>
          <RestoreSummary summary={step.summary} fileName={step.fileName} />
          <p className="restore-modes">
            <strong>合并</strong>：备份中的内容添加到现有数据旁边，现有计划不受影响。
            <br />
            <strong>替换</strong>：先删除本机现有的全部数据，再换成备份中的内容。
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={leavePreview}>
              取消
            </button>
            <button
              type="button"
              className="danger-text"
              onClick={() => setStep({ ...step, kind: 'confirmReplace' })}
            >
              替换…
            </button>
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => void restore(step, 'merge')}
            >
              合并
            </button>
          </div>
        </>
      )}
      {step.kind === 'confirmReplace' && (
        <>
          <p className="dialog-message" role="alert">
            {`本机现有的全部数据——${existing} 个计划（包括回收站中的）、它们的历史版本、常用语和设置——将被删除，换成“${step.fileName}”中的内容。此操作不能撤销。`}
          </p>
          <p className="dialog-message">如果不确定，请先取消，下载一份当前数据的备份。</p>
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={() => setStep({ ...step, kind: 'preview' })}>
              取消
            </button>
            <button type="button" className="danger" onClick={() => void restore(step, 'replace')}>
              删除现有数据并替换
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}
