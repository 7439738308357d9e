import { useCallback, useEffect, useRef, useState } from 'react'
import type { TextEncodingName } from '../../domain/import/decodeText'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Dialog } from '../../ui/Dialog'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'
import {
  decodeSource,
  pasteSource,
  readImportFile,
  withinLimits,
  type ImportSource,
} from './importSource'
import { ImportPreview } from './ImportPreview'
import { ImportSourceStep } from './ImportSourceStep'
import './importDialog.css'

/** 导入上一年计划: text or a Word file, previewed and adjusted, then written as new plans. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [source, setSource] = useState<ImportSource | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reading, setReading] = useState(false)
  /** Another encoding chosen in the preview: the file is decoded again. */
  const [decoding, setDecoding] = useState<TextEncodingName | null>(null)
  const [adjusted, setAdjusted] = useState(false)
  /** What waits for 放弃调整: closing the dialog or going back to the source step. */
  const [asking, setAsking] = useState<'close' | 'back' | null>(null)
  const onAdjusted = useCallback((value: boolean) => setAdjusted(value), [])
  /** Stops a file still being read or decoded when the dialog closes or another read starts. */
  const fileRead = useRef<AbortController | null>(null)
  useEffect(() => () => fileRead.current?.abort(), [])
  const startRead = () => {
    fileRead.current?.abort()
    const controller = new AbortController()
    fileRead.current = controller
    return controller.signal
  }
  const stopRead = () => {
    fileRead.current?.abort()
    setDecoding(null)
  }

  const leavePreview = (action: 'close' | 'back') => {
    if (source && adjusted) setAsking(action)
    else if (action === 'close') onClose()
    else backToSource()
  }
  const backToSource = () => {
    stopRead()
    setSource(null)
  }
  const discard = () => {
    const action = asking
    setAsking(null)
    setAdjusted(false)
    if (action === 'close') onClose()
    else backToSource()
  }

  const openFile = async (file: File) => {
    setError(null)
    setReading(true)
    const signal = startRead()
    try {
      const result = await readImportFile(file, signal)
      if (result.ok) setSource(result.source)
      else if ('error' in result) setError(result.error)
    } catch (failure) {
      setError(`读取文件时出错：${chineseErrorMessage(failure, '读取')}`)
    } finally {
      setReading(false)
    }
  }

  const changeEncoding = async (encoding: TextEncodingName) => {
    if (source?.kind !== 'txt') return
    setDecoding(encoding)
    const signal = startRead()
    try {
      const result = await decodeSource(source.fileName, source.bytes, encoding, signal)
      if (signal.aborted) return
      if (result.ok) setSource(result.source)
      else if ('error' in result) {
        setSource(null)
        setError(result.error)
      }
    } catch (failure) {
      setSource(null)
      setError(`读取文件时出错：${chineseErrorMessage(failure, '读取')}`)
    } finally {
      if (!signal.aborted) setDecoding(null)
    }
  }

  return (
    <>
      <Dialog
        title="导入上一年计划"
        open
        onClose={() => leavePreview('close')}
        className="import-dialog"
      >
        {source && (
          <ImportPreview
            source={source}
            onEncoding={(encoding) => void changeEncoding(encoding)}
            decoding={decoding}
            onBack={() => leavePreview('back')}
            onCancel={() => leavePreview('close')}
            onClose={onClose}
            onAdjusted={onAdjusted}
          />
        )}
        {/* Kept under the preview: a long pasted text is not laid out again on the way back. */}
        <ImportSourceStep
          onFile={(file) => void openFile(file)}
          onPreview={(text) => {
            setError(null)
            const checked = withinLimits(pasteSource(text))
            if (checked.ok) setSource(checked.source)
            else setError(checked.error)
          }}
          onCancel={onClose}
          reading={reading}
          error={error}
          hidden={source !== null}
        />
      </Dialog>
      {/* Beside the import dialog, not in it: its Escape must not reach the dialog below. */}
      <ConfirmDialog
        open={asking !== null}
        title="放弃预览中的调整？"
        message="在预览中做的调整（层级、标题与正文、计划信息、繁简转换）都将丢失。"
        confirmLabel="放弃调整"
        danger
        onCancel={() => setAsking(null)}
        onConfirm={discard}
      />
    </>
  )
}
