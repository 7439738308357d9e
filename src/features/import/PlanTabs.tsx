import { useRef, type KeyboardEvent } from 'react'
import { chineseNumeral } from '../../domain/outline/chineseNumeral'

interface PlanTabsProps {
  titles: readonly string[]
  active: number
  onActivate: (index: number) => void
  /** id of the tab panel the tabs control. */
  panelId: string
  tabId: (index: number) => string
}

/** One tab per plan found (【篇一】…); ←/→, Home/End move between them. */
export function PlanTabs({ titles, active, onActivate, panelId, tabId }: PlanTabsProps) {
  const ref = useRef<HTMLDivElement>(null)
  const go = (index: number) => {
    const next = (index + titles.length) % titles.length
    onActivate(next)
    ref.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') go(active + 1)
    else if (event.key === 'ArrowLeft') go(active - 1)
    else if (event.key === 'Home') go(0)
    else if (event.key === 'End') go(titles.length - 1)
    else return
    event.preventDefault()
  }
  return (
    <div
      ref={ref}
      className="import-tabs"
      role="tablist"
      aria-label="找到的计划"
      onKeyDown={onKeyDown}
    >
      {titles.map((title, index) => (
        <button
          key={index}
          id={tabId(index)}
          type="button"
          role="tab"
          aria-selected={index === active}
          aria-controls={panelId}
          tabIndex={index === active ? 0 : -1}
          onClick={() => onActivate(index)}
        >
          <span className="import-tab-part">第{chineseNumeral(index + 1)}篇</span>
          {title || '（无标题）'}
        </button>
      ))}
    </div>
  )
}
