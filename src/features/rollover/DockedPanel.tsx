import { useEffect, useId, useRef, type ReactNode } from 'react'
import { usePanelBounds } from './usePanelBounds'

/**
 * A panel docked beside the document (年度替换报告, 与上一年对比): between the toolbar and the
 * status bar, its heading focused when it opens, 关闭 and Escape close it.
 */
export function DockedPanel({
  title,
  className,
  onClose,
  children,
}: {
  title: string
  className?: string
  onClose: () => void
  children: ReactNode
}) {
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const bounds = usePanelBounds()
  useEffect(() => heading.current?.focus(), [])
  return (
    <aside
      className={className ? `rollover-panel ${className}` : 'rollover-panel'}
      style={bounds}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose()
      }}
    >
      <header className="rollover-panel-header">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </header>
      {children}
    </aside>
  )
}
