import { useState } from 'react'
import { saveVersionCommand } from '../../commands/history/saveVersion'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import type { SnapshotMeta } from '../../domain/history/types'
import { errorMessage } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'

/** 保存版本: the plan as it is now, under a label the user chooses. */
export function SaveVersionForm(props: { planId: string; onSaved: (meta: SnapshotMeta) => void }) {
  const [label, setLabel] = useState('')
  const [saving, setSaving] = useState(false)
  const save = async () => {
    setSaving(true)
    try {
      const meta = await runLibraryCommand(saveVersionCommand, { planId: props.planId, label })
      setLabel('')
      showToast(`已保存版本${meta.label ? `“${meta.label}”` : ''}`)
      props.onSaved(meta)
    } catch (error) {
      showToast(`保存版本未完成：${errorMessage(error)}`, 'error')
    } finally {
      setSaving(false)
    }
  }
  return (
    <form
      className="save-version"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <input
        value={label}
        maxLength={60}
        placeholder="版本名称，如：初稿、征求意见稿"
        aria-label="版本名称"
        onChange={(event) => setLabel(event.target.value)}
      />
      <button type="submit" className="primary" disabled={saving}>
        保存版本
      </button>
    </form>
  )
}
