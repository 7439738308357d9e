import { useEffect, useRef, useState } from 'react'
import { FilePickerButton } from '../../ui/FilePickerButton'
import { FormFooter } from '../../ui/FormFooter'
import { PasteBox, type PasteBoxHandle } from './PasteBox'
interface ImportSourceStepProps {
  onFile: (file: File) => void
  /** 预览 of the pasted text (not blank). */
  onPreview: (text: string) => void
  onCancel: () => void
  reading: boolean
  error: string | null
  /**
   * The preview shows instead: the step is kept, hidden, not taken down. A pasted text of 3 MB
   * takes seconds to lay out again, and its box a moment to take down. Hidden by
   * `content-visibility` (its contents can be neither focused nor reached) and from assistive
   * technology, not `inert`: inert restyles every character of that text, 0.1 to 0.5 s each way.
   */
  hidden: boolean
}

/** First step: paste the text, or open a .txt or Word file (kept while the preview shows). */
export function ImportSourceStep({
  onFile,
  onPreview,
  onCancel,
  reading,
  error,
  hidden,
}: ImportSourceStepProps) {
  const area = useRef<PasteBoxHandle>(null)
  /** Whether the box holds more than blanks. The text itself stays in the box, not in React's state. */
  const [hasText, setHasText] = useState(false)
  const wasHidden = useRef(hidden)
  // Back from the preview: the keys go to the text again, as when the step first opened. After
  // the step is shown (its own task): focusing a long text takes a moment of its own.
  useEffect(() => {
    const back = wasHidden.current && !hidden
    wasHidden.current = hidden
    if (!back) return
    const timer = setTimeout(() => area.current?.focus())
    return () => clearTimeout(timer)
  }, [hidden])
  return (
    <form
      className={hidden ? 'import-source import-source-kept' : 'import-source'}
      aria-hidden={hidden || undefined}
      onSubmit={(event) => {
        event.preventDefault()
        const text = area.current?.text() ?? ''
        if (text.trim() !== '') onPreview(text)
      }}
    >
      <p className="import-muted">
        把上一年的计划变成大纲：按“一、（一）1.”等序号识别章节和条目，导入前可预览和调整。
      </p>
      <div className="import-paste">
        {/* A click on the name puts the caret in the box, as a <label> would. */}
        <span onClick={() => area.current?.focus()}>粘贴计划全文</span>
        <PasteBox
          ref={area}
          label="粘贴计划全文"
          placeholder="从 Word、网页或其他文档复制全文，粘贴到这里；也可以把文件拖到这里"
          autoFocus
          onHasTextChange={setHasText}
          onFileDrop={(file) => {
            if (!reading) onFile(file)
          }}
        />
      </div>
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
      <FormFooter error={error} submitLabel="预览" busy={!hasText || reading} onCancel={onCancel} />
    </form>
  )
}
