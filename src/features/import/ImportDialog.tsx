import { useState } from 'react'
import type { TextEncodingName } from '../../domain/import/decodeText'
import { Dialog } from '../../ui/Dialog'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'
import { decodeSource, readImportFile, withinLimits, type ImportSource } from './importSource'
import { ImportPreview } from './ImportPreview'
import { ImportSourceStep } from './ImportSourceStep'
import './importDialog.css'

/** 导入上一年计划: text or a Word file, previewed and adjusted, then written as new plans. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('')
  const [source, setSource] = useState<ImportSource | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reading, setReading] = useState(false)

  const openFile = async (file: File) => {
    setError(null)
    setReading(true)
    try {
      const result = await readImportFile(file)
      if (result.ok) setSource(result.source)
      else setError(result.error)
    } catch (failure) {
      setError(`读取文件时出错：${chineseErrorMessage(failure, '读取')}`)
    } finally {
      setReading(false)
    }
  }

  const changeEncoding = (encoding: TextEncodingName) => {
    if (source?.kind !== 'txt') return
    const result = decodeSource(source.fileName, source.bytes, encoding)
    if (result.ok) setSource(result.source)
    else {
      setSource(null)
      setError(result.error)
    }
  }

  return (
    <Dialog title="导入上一年计划" open onClose={onClose} className="import-dialog">
      {source ? (
        <ImportPreview
          source={source}
          onEncoding={changeEncoding}
          onBack={() => setSource(null)}
          onClose={onClose}
        />
      ) : (
        <ImportSourceStep
          text={text}
          onTextChange={setText}
          onFile={(file) => void openFile(file)}
          onPreview={() => {
            setError(null)
            if (text.trim() === '') return
            const checked = withinLimits({ kind: 'paste', text })
            if (checked.ok) setSource(checked.source)
            else setError(checked.error)
          }}
          onCancel={onClose}
          reading={reading}
          error={error}
        />
      )}
    </Dialog>
  )
}
