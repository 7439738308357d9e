import { useId } from 'react'
import { NUMBERING_SCHEME_LABELS } from '../../domain/outline/numbering'
import type { NumberingScheme } from '../../domain/outline/types'
import { SchemeOptions } from '../../ui/SchemeOptions'

export interface ContentSchemeChoices {
  content: 'full' | 'outline'
  scheme: NumberingScheme | null
}

interface ContentSchemeFieldsProps<T extends ContentSchemeChoices> {
  choices: T
  planScheme: NumberingScheme
  onChoices: (choices: T) => void
  rowClassName: string
}

/** 全文 / 提纲 and the numbering scheme: asked alike by the export dialog and the print preview. */
export function ContentSchemeFields<T extends ContentSchemeChoices>(
  props: ContentSchemeFieldsProps<T>,
) {
  const { choices, planScheme, onChoices, rowClassName } = props
  const id = useId()
  const contentOption = (content: ContentSchemeChoices['content'], label: string) => (
    <label>
      <input
        type="radio"
        name={`${id}-content`}
        checked={choices.content === content}
        onChange={() => onChoices({ ...choices, content })}
      />
      {label}
    </label>
  )
  return (
    <>
      <fieldset>
        <legend>内容</legend>
        {contentOption('full', '全文')}
        {contentOption('outline', '提纲（只有标题）')}
      </fieldset>
      <label className={rowClassName}>
        序号样式
        <select
          value={choices.scheme ?? ''}
          onChange={(event) =>
            onChoices({
              ...choices,
              scheme: (event.target.value || null) as NumberingScheme | null,
            })
          }
        >
          <option value="">按计划设置（{NUMBERING_SCHEME_LABELS[planScheme]}）</option>
          <SchemeOptions />
        </select>
      </label>
    </>
  )
}
