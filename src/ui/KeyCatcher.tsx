import { useLayoutEffect, useRef } from 'react'
import { attachKeyCatcher, keyCatcherHandlers } from './keyCatcher'

/** The hidden text box that holds keys typed while a new item or an editor is opening. */
export function KeyCatcher() {
  const ref = useRef<HTMLTextAreaElement>(null)
  useLayoutEffect(() => {
    attachKeyCatcher(ref.current)
    return () => attachKeyCatcher(null)
  }, [])
  return (
    <textarea
      ref={ref}
      className="key-catcher"
      aria-label="正在打开输入框，键入的内容会填入其中"
      tabIndex={-1}
      spellCheck={false}
      onKeyDown={(event) => {
        if (keyCatcherHandlers.keyDown(event.nativeEvent)) {
          event.preventDefault()
          event.stopPropagation()
        }
      }}
      onInput={(event) => {
        if (!(event.nativeEvent as InputEvent).isComposing)
          keyCatcherHandlers.text(event.currentTarget)
      }}
      onCompositionEnd={(event) => keyCatcherHandlers.text(event.currentTarget)}
    />
  )
}
