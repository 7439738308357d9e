import { useState } from 'react'
import { formatMegabytes } from '../../domain/backup/formatMegabytes'
import { Dialog } from '../../ui/Dialog'
import { useStorageStatus } from './useStorageStatus'

/** 存储: whether the browser keeps this site's data for good, and how much room it takes. */
export function StorageDialog({ onClose }: { onClose: () => void }) {
  const status = useStorageStatus()
  const [refused, setRefused] = useState(false)
  const { persisted, usage, quota } = status
  return (
    <Dialog title="存储" open onClose={onClose} className="storage-dialog">
      <p className="dialog-message">所有计划只保存在本机浏览器中，不会上传到任何服务器。</p>
      <dl className="storage-facts">
        <dt>持久存储</dt>
        <dd>
          {!status.supported
            ? '此浏览器不支持查询'
            : persisted === null
              ? '正在查询…'
              : persisted
                ? '已开启：浏览器不会自动清除本机数据'
                : '未开启：磁盘空间不足时，浏览器可能清除本机数据'}
        </dd>
        <dt>已用空间</dt>
        <dd>{usage === null ? '—' : formatMegabytes(usage)}</dd>
        <dt>可用空间</dt>
        <dd>{quota === null || usage === null ? '—' : `约 ${formatMegabytes(quota - usage)}`}</dd>
      </dl>
      {status.supported && persisted === false && (
        <p className="storage-hint">
          {refused
            ? '浏览器暂未同意。把本站加入书签、安装为应用或经常使用后再试；在此之前请定期备份。'
            : '开启后，浏览器不会在空间不足时清除本机数据。'}
        </p>
      )}
      <div className="dialog-actions">
        {status.supported && persisted === false && (
          <button
            type="button"
            className="primary"
            onClick={async () => setRefused(!(await status.persist()))}
          >
            申请持久存储
          </button>
        )}
        <button type="button" autoFocus onClick={onClose}>
          关闭
        </button>
      </div>
    </Dialog>
  )
}
