import { useRef } from 'react'

interface FilePickerButtonProps {
  /** The button's text (the browser's own file input shows English, so it stays hidden). */
  label: string
  /** The hidden input's accessible name (tests and assistive technology reach it by it). */
  inputLabel: string
  accept: string
  disabled?: boolean
  testId?: string
  onFile: (file: File) => void
}

/** A button that opens the file picker; the same file can be chosen twice in a row. */
export function FilePickerButton(props: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button type="button" disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        hidden
        aria-label={props.inputLabel}
        data-testid={props.testId}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) props.onFile(file)
        }}
      />
    </>
  )
}
