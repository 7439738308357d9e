import { TEMPLATE_KINDS, type TemplateKind } from '../../domain/templates/types'

/** 类别: 工会 / 人大 / 政府 / 通用. */
export function TemplateKindSelect(props: {
  value: TemplateKind
  onChange: (kind: TemplateKind) => void
}) {
  return (
    <label>
      类别
      <select
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as TemplateKind)}
      >
        {TEMPLATE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kind}
          </option>
        ))}
      </select>
    </label>
  )
}
