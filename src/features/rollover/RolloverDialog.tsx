import { useId, useMemo, useState, type FormEvent } from 'react'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import { usePlans } from '../../data/planQueries'
import { titleClashes, type TitleClash } from '../../domain/library/titleClashes'
import { rollOverPlanCommand } from '../../commands/library/rollOverPlan'
import type { Plan } from '../../domain/outline/types'
import { rolloverYearProblem } from '../../domain/rollover/rollOverPlan'
import { rollYears } from '../../domain/rollover/rollYears'
import { errorMessage } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'
import { Dialog } from '../../ui/Dialog'
import { FormFooter } from '../../ui/FormFooter'
import { navigate } from '../../ui/useHashRoute'
import { SameTitleDialog } from '../library/SameTitleDialog'
import { requestReportOnOpen } from './reportRequest'
import './rollover.css'

/** Choose the new year and what to keep; the copy opens with its report. */
export function RolloverDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const [yearText, setYearText] = useState(String(plan.year + 1))
  const [keepBodies, setKeepBodies] = useState(true)
  // The year the text is written for: the plan's, unless the user takes the one its title names.
  const [fromYear, setFromYear] = useState(plan.year)
  // null: the title follows the year (the source's, its years rolled); a string: as typed.
  const [typedTitle, setTypedTitle] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const plans = usePlans()
  /** The new title is a plan's in the library already: 改名 / 仍然创建 / 取消 asked first. */
  const [sameTitle, setSameTitle] = useState<TitleClash | null>(null)
  const errorId = useId()
  const toYear = Number(yearText.trim())
  const rolledTitle = useMemo(() => {
    if (rolloverYearProblem(fromYear, toYear)) return plan.title
    return rollYears(plan.title, { fromYear, toYear }).text
  }, [plan.title, fromYear, toYear])
  const title = typedTitle ?? rolledTitle
  // A plan imported with the wrong year would roll the wrong years: say so before copying.
  const titleYear = Number(/(?:19|20)\d{2}(?=年)/.exec(plan.title)?.[0] ?? plan.year)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problem = rolloverYearProblem(fromYear, yearText.trim() === '' ? Number.NaN : toYear)
    if (problem || title.trim() === '') {
      setError(problem ?? '计划标题不能为空')
      return
    }
    const [clash] = titleClashes(
      [title],
      (plans ?? []).map((other) => other.title),
    )
    if (clash) setSameTitle(clash)
    else await copy(title.trim())
  }

  const copy = async (title: string) => {
    setSameTitle(null)
    setBusy(true)
    try {
      const report = await runLibraryCommand(rollOverPlanCommand, {
        planId: plan.id,
        toYear,
        keepBodies,
        title,
        fromYear,
      })
      const replaced = report.entries.filter((entry) => entry.replaced).length
      showToast(
        `已复制为${toYear}年度计划：替换 ${replaced} 处，${report.entries.length - replaced} 处待确认`,
      )
      requestReportOnOpen(report.planId)
      onClose()
      navigate({ name: 'editor', planId: report.planId })
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <Dialog title="复制为新年度计划" open onClose={onClose} className="rollover-dialog">
      <form className="plan-form" onSubmit={submit} noValidate>
        <p className="rollover-source">
          原计划：《{plan.title}》（{plan.year}年度）
        </p>
        <label>
          新年度
          <input
            autoFocus
            inputMode="numeric"
            value={yearText}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setYearText(event.target.value)
              setError(null)
            }}
          />
        </label>
        {titleYear !== fromYear && (
          <div className="rollover-warning" role="note">
            <p>
              标题中的年份（{titleYear}年）与计划年度（{fromYear}年）不一致：只有写成{fromYear}
              年的年份会改为新年度。
            </p>
            <button
              type="button"
              onClick={() => {
                setFromYear(titleYear)
                setYearText(String(titleYear + 1))
                setError(null)
              }}
            >
              按{titleYear}年替换
            </button>
          </div>
        )}
        {fromYear !== plan.year && (
          <p className="rollover-source">
            按{fromYear}年的计划替换年份（计划库中记为{plan.year}年度）。
          </p>
        )}
        <fieldset className="rollover-options">
          <legend>内容</legend>
          <label>
            <input type="radio" checked={keepBodies} onChange={() => setKeepBodies(true)} />
            保留正文
          </label>
          <label>
            <input type="radio" checked={!keepBodies} onChange={() => setKeepBodies(false)} />
            只保留大纲（标题，不含正文和开头段落）
          </label>
        </fieldset>
        <p className="rollover-hint">
          计划年度写成的年份（如 {fromYear}年、{fromYear}年底、20xx年）改为新年度；跨年度范围、
          历史年份（如 2016年版、自2018年以来、法规修正年份）和上一年度不改，列入报告由您决定。
        </p>
        <label>
          新计划标题
          <input
            value={title}
            onChange={(event) => {
              setTypedTitle(event.target.value)
              setError(null)
            }}
          />
        </label>
        <FormFooter
          error={error}
          errorId={errorId}
          submitLabel="复制"
          busy={busy}
          onCancel={onClose}
        />
      </form>
      {sameTitle && (
        <SameTitleDialog
          clashes={[sameTitle]}
          onRename={() => void copy(sameTitle.renamed)}
          onKeep={() => void copy(sameTitle.title)}
          onCancel={() => setSameTitle(null)}
        />
      )}
    </Dialog>
  )
}
