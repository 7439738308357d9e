import { useEffect, useRef } from 'react'
import { FilePickerButton } from '../../ui/FilePickerButton'
import { FormFooter } from '../../ui/FormFooter'
interface ImportSourceStepProps {
  text: string
  onTextChange: (text: string) => void
  onFile: (file: File) => void
  onPreview: () => void
  onCancel: () => void
  reading: boolean
  error: string | null
  /**
   * The preview shows instead: the step is kept, hidden, not taken down. A pasted text of 3 MB
   * takes seconds to lay out again, and its box a moment to take down.
   */
  hidden: boolean
}

/** First step: paste the text, or open a .txt or Word file (kept while the preview shows). */
export function ImportSourceStep({
  text,
  onTextChange,
  onFile,
  onPreview,
  onCancel,
  reading,
  error,
  hidden,
}: ImportSourceStepProps) {
  const area = useRef<HTMLTextAreaElement>(null)
  const wasHidden = useRef(hidden)
  // Back from the preview: the keys go to the text again, as when the step first opened. After
  // the step is shown (its own task): focusing a long text takes a moment of its own.
  useEffect(() => {
    const back = wasHidden.current && !hidden
    wasHidden.current = hidden
    if (!back) return
    const timer = setTimeout(() => area.current?.focus({ preventScroll: true }))
    return () => clearTimeout(timer)
  }, [hidden])
  return (
    <form
      className={hidden ? 'import-source import-source-kept' : 'import-source'}
      inert={hidden}
      aria-hidden={hidden || undefined}
      onSubmit={(event) => {
        event.preventDefault()
        onPreview()
      }}
    >
      <p className="import-muted">
        把上一年的计划变成大纲：按“一、（一）1.”等序号识别章节和条目，导入前可预览和调整。
      </p>
      <label className="import-paste">
        粘贴计划全文
        <textarea
          ref={area}
          autoFocus
          value={text}
          rows={12}
          placeholder="从 Word、网页或其他文档复制全文，粘贴到这里"
          onChange={(event) => onTextChange(event.target.value)}
        />
      </label>
      <div className="import-file">
        <span>或者打开文件：</span>
        <FilePickerButton
          label="选择 .txt 或 Word（.docx）文件…"
          inputLabel="打开 .txt 或 .docx 文件"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          disabled={reading}
          onFile={onFile}
        />
        {reading && (
          <span className="import-muted" role="status">
            正在读取文件…
          </span>
        )}
      </div>
      <FormFooter
        error={error}
        submitLabel="预览"
        busy={text.trim() === '' || reading}
        onCancel={onCancel}
      />
    </form>
  )
}
