import { useId } from 'react'

export type ExportScope = 'plan' | 'subtree'

interface ScopeFieldsProps {
  value: ExportScope
  /** Number and title of the selected item; null when none is selected. */
  itemLabel: string | null
  onChange: (scope: ExportScope) => void
}

/** 整个计划 / 选中的条目及其下级: asked alike by the export dialog and the print preview. */
export function ScopeFields({ value, itemLabel, onChange }: ScopeFieldsProps) {
  const id = useId()
  return (
    <fieldset>
      <legend>范围</legend>
      <label>
        <input
          type="radio"
          name={`${id}-scope`}
          checked={value === 'plan'}
          onChange={() => onChange('plan')}
        />
        整个计划
      </label>
      <label>
        <input
          type="radio"
          name={`${id}-scope`}
          checked={value === 'subtree'}
          disabled={!itemLabel}
          onChange={() => onChange('subtree')}
        />
        {itemLabel ? `选中的条目及其下级：${itemLabel}` : '选中的条目及其下级（未选中条目）'}
      </label>
    </fieldset>
  )
}
