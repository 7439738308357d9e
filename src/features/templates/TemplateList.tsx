import type { KeyboardEvent } from 'react'
import type { Template } from '../../domain/templates/types'
import { templateSize } from './templateSize'

interface TemplateListProps {
  groups: { label: string; templates: Template[]; empty: string }[]
  selectedId: string | null
  onSelect: (id: string) => void
}

/** Arrow keys move between the template buttons (Tab still leaves the list). */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 }
  if (!(event.key in keys) && event.key !== 'Home' && event.key !== 'End') return
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.template-card')]
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : Math.min(buttons.length - 1, Math.max(0, index + keys[event.key]))
  event.preventDefault()
  buttons[next]?.focus()
  buttons[next]?.click()
}

/** The gallery's list: 内置模板, then 我的模板, one button per template. */
export function TemplateList({ groups, selectedId, onSelect }: TemplateListProps) {
  return (
    <div className="template-list" onKeyDown={moveFocus}>
      {groups.map((group) => (
        <section key={group.label} aria-label={group.label}>
          <h3 className="template-group">{group.label}</h3>
          {group.templates.length === 0 ? (
            <p className="template-empty">{group.empty}</p>
          ) : (
            <ul>
              {group.templates.map((template) => (
                <li key={template.id}>
                  <button
                    type="button"
                    className="template-card"
                    aria-current={template.id === selectedId ? 'true' : undefined}
                    // The chosen template has focus when the gallery opens: arrows move on.
                    autoFocus={template.id === selectedId}
                    onClick={() => onSelect(template.id)}
                  >
                    <span className="template-card-name">{template.name}</span>
                    <span className="template-kind">{template.kind}</span>
                    <span className="template-card-size">{templateSize(template)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  )
}
