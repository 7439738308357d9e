import { useState } from 'react'
import { deleteVersionCommand } from '../../commands/history/deleteVersion'
import { restoreVersionCommand } from '../../commands/history/restoreVersion'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { useSnapshot, useSnapshots } from '../../data/snapshotQueries'
import { SNAPSHOT_KIND_LABELS, type Snapshot } from '../../domain/history/types'
import { errorMessage } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Dialog } from '../../ui/Dialog'
import { formatEditedTime } from '../library/formatTime'
import { SaveVersionForm } from './SaveVersionForm'
import { SnapshotComparison } from './SnapshotComparison'
import { SnapshotList } from './SnapshotList'
import { SnapshotPreview } from './SnapshotPreview'
import './history.css'

const nameOf = (snapshot: Pick<Snapshot, 'label' | 'createdAt'>) =>
  snapshot.label || formatEditedTime(snapshot.createdAt)

/** 历史版本: save a version, list them, preview one, compare it with now, restore it. */
export function HistoryDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const snapshots = useSnapshots(planId)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [view, setView] = useState<'preview' | 'compare'>('preview')
  const [confirm, setConfirm] = useState<'restore' | 'delete' | null>(null)
  const snapshot = useSnapshot(selectedId)

  const restore = async (target: Snapshot) => {
    try {
      await runLibraryCommand(restoreVersionCommand, { planId, snapshotId: target.id })
      showToast(`已恢复到“${nameOf(target)}”；恢复前的内容已另存为版本`)
      onClose()
    } catch (error) {
      showToast(`恢复未完成：${errorMessage(error)}`, 'error')
    }
  }

  const remove = async (target: Snapshot) => {
    try {
      await runLibraryCommand(deleteVersionCommand, { snapshotId: target.id })
      setSelectedId(null)
    } catch (error) {
      showToast(`删除版本未完成：${errorMessage(error)}`, 'error')
    }
  }

  return (
    <Dialog title="历史版本" open onClose={onClose} className="history-dialog">
      <div className="history-layout">
        <div className="history-side">
          <SaveVersionForm planId={planId} onSaved={(meta) => setSelectedId(meta.id)} />
          {snapshots === undefined ? (
            <p className="muted">正在读取…</p>
          ) : (
            <SnapshotList
              snapshots={snapshots}
              selectedId={selectedId}
              onSelect={(id) => setSelectedId(id)}
            />
          )}
        </div>
        <section className="history-detail" aria-label="所选版本">
          {!snapshot ? (
            <p className="muted history-hint">选择左侧的一个版本，查看内容或与当前比较。</p>
          ) : (
            <>
              <div className="history-detail-bar">
                <h3 className="history-detail-title">
                  {nameOf(snapshot)}
                  <span className="muted-inline">
                    {formatEditedTime(snapshot.createdAt)} · {SNAPSHOT_KIND_LABELS[snapshot.kind]}
                  </span>
                </h3>
                <div className="history-view-switch" role="group" aria-label="查看方式">
                  <button
                    type="button"
                    aria-pressed={view === 'preview'}
                    onClick={() => setView('preview')}
                  >
                    预览
                  </button>
                  <button
                    type="button"
                    aria-pressed={view === 'compare'}
                    onClick={() => setView('compare')}
                  >
                    与当前比较
                  </button>
                </div>
                <button type="button" className="primary" onClick={() => setConfirm('restore')}>
                  恢复此版本
                </button>
                <button type="button" className="danger-text" onClick={() => setConfirm('delete')}>
                  删除此版本
                </button>
              </div>
              <div className="history-detail-body" tabIndex={0} aria-label="版本内容">
                {view === 'preview' ? (
                  <SnapshotPreview snapshot={snapshot} />
                ) : (
                  <SnapshotComparison snapshot={snapshot} />
                )}
              </div>
            </>
          )}
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      <ConfirmDialog
        open={confirm === 'restore' && !!snapshot}
        title="恢复此版本"
        message={`确定将计划恢复到“${snapshot ? nameOf(snapshot) : ''}”吗？当前内容会先另存为一个版本，撤销记录将清空。`}
        confirmLabel="恢复"
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null)
          if (snapshot) void restore(snapshot)
        }}
      />
      <ConfirmDialog
        open={confirm === 'delete' && !!snapshot}
        title="删除此版本"
        message={`确定删除版本“${snapshot ? nameOf(snapshot) : ''}”吗？计划本身不受影响。`}
        confirmLabel="删除"
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null)
          if (snapshot) void remove(snapshot)
        }}
      />
    </Dialog>
  )
}
