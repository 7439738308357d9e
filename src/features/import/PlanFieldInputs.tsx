import type { PlanFieldsText } from './useImportPreview'

interface PlanFieldInputsProps {
  fields: PlanFieldsText
  onChange: (fields: Partial<PlanFieldsText>) => void
}

/** The imported plan's title, unit and year, as derived from the source and editable. */
export function PlanFieldInputs({ fields, onChange }: PlanFieldInputsProps) {
  return (
    <div className="import-fields">
      <label className="import-field-title">
        计划标题
        <input value={fields.title} onChange={(event) => onChange({ title: event.target.value })} />
      </label>
      <label>
        单位
        <input
          value={fields.unit}
          placeholder="如：某某镇总工会"
          onChange={(event) => onChange({ unit: event.target.value })}
        />
      </label>
      <label className="import-field-year">
        年度
        <input
          inputMode="numeric"
          value={fields.year}
          onChange={(event) => onChange({ year: event.target.value })}
        />
      </label>
    </div>
  )
}
