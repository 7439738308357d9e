import { useState, type FormEvent } from 'react'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { createPlanFromTemplateCommand } from '../../commands/library/templateCommands'
import { usePlans } from '../../data/planQueries'
import { titleClashes, type TitleClash } from '../../domain/library/titleClashes'
import { validatePlanFields } from '../../domain/outline/planFields'
import type { PlanFields } from '../../db/planRepo'
import { templatePlanTitle } from '../../domain/templates/planFromTemplate'
import type { Template } from '../../domain/templates/types'
import { errorMessage } from '../../store/saveStore'
import { navigate } from '../../ui/useHashRoute'
import { SameTitleDialog } from '../library/SameTitleDialog'

/** 单位 and 年度 as typed: kept by the gallery while the user looks at other templates. */
export interface UnitYear {
  unit: string
  year: string
}

interface CreateFromTemplateFormProps {
  template: Template
  unitYear: UnitYear
  onUnitYear: (value: UnitYear) => void
  onCreated: () => void
}

/**
 * 单位 and 年度 for the new plan (they fill `{{单位}}` / `{{年度}}` in the text); the title follows
 * them from the template's pattern until the user types a title of their own.
 */
export function CreateFromTemplateForm({
  template,
  unitYear,
  onUnitYear,
  onCreated,
}: CreateFromTemplateFormProps) {
  const { unit, year } = unitYear
  const setUnit = (value: string) => onUnitYear({ unit: value, year })
  const setYear = (value: string) => onUnitYear({ unit, year: value })
  const [ownTitle, setOwnTitle] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const plans = usePlans()
  /** The title is a plan's in the library already: 改名 / 仍然创建 / 取消 asked first. */
  const [sameTitle, setSameTitle] = useState<{ clash: TitleClash; fields: PlanFields } | null>(null)
  const title = ownTitle ?? templatePlanTitle(template, { unit: unit.trim(), year: Number(year) })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const fields = { title, unit: unit.trim(), year: Number(year) }
    if (fields.unit === '') return setError('请填写单位，如：某某镇总工会')
    const problem = validatePlanFields(fields)
    if (problem) return setError(problem)
    if (/\{\{[^{}]+\}\}/.test(fields.title)) return setError('计划标题中还有未填写的 {{…}}')
    setError(null)
    const taken = (plans ?? []).map((plan) => plan.title)
    const [clash] = titleClashes([fields.title], taken)
    if (clash) setSameTitle({ clash, fields })
    else await create(fields)
  }

  const create = async (fields: PlanFields) => {
    setSameTitle(null)
    setBusy(true)
    try {
      const planId = await runLibraryCommand(createPlanFromTemplateCommand, {
        templateId: template.id,
        fields,
      })
      onCreated()
      navigate({ name: 'editor', planId })
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <form className="plan-form template-create" onSubmit={submit} noValidate>
      <h3>用“{template.name}”新建计划</h3>
      <div className="template-create-fields">
        <label>
          单位
          <input
            value={unit}
            placeholder="如：某某镇总工会"
            aria-describedby="template-create-hint"
            onChange={(event) => setUnit(event.target.value)}
          />
        </label>
        <label className="template-year">
          年度
          <input
            inputMode="numeric"
            value={year}
            onChange={(event) => setYear(event.target.value)}
          />
        </label>
      </div>
      <label>
        计划标题
        <input value={title} onChange={(event) => setOwnTitle(event.target.value)} />
      </label>
      <p id="template-create-hint" className="template-hint">
        单位和年度会填入文中的 {'{{单位}}'}、{'{{年度}}'}；××、xx
        等待填写处保留，可在计划中逐一填写。
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={busy}>
          创建计划
        </button>
      </div>
      {sameTitle && (
        <SameTitleDialog
          clashes={[sameTitle.clash]}
          onRename={() => void create({ ...sameTitle.fields, title: sameTitle.clash.renamed })}
          onKeep={() => void create(sameTitle.fields)}
          onCancel={() => setSameTitle(null)}
        />
      )}
    </form>
  )
}
