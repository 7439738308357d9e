import { useId, useMemo, useState } from 'react'
import { usePlans } from '../../data/planQueries'
import type { Plan } from '../../domain/outline/types'

/** Last year's plans of the same unit first, then the same unit, then the newest. */
function likelyFirst(plan: Plan, plans: readonly Plan[]): Plan[] {
  const rank = (other: Plan) =>
    (other.year === plan.year - 1 ? 0 : 2) + (other.unit === plan.unit ? 0 : 1)
  return plans
    .filter((other) => other.id !== plan.id)
    .map((other, index) => ({ other, index }))
    .sort((a, b) => rank(a.other) - rank(b.other) || a.index - b.index)
    .map(({ other }) => other)
}

/** 选择要对比的计划: for a plan with no source (imported, new) or to compare with another. */
export function PlanChooser({
  plan,
  note,
  initial,
  onChoose,
  onCancel,
}: {
  plan: Plan
  note: string | null
  initial: string | null
  onChoose: (planId: string) => void
  onCancel?: () => void
}) {
  const plans = usePlans()
  const options = useMemo(() => (plans ? likelyFirst(plan, plans) : []), [plan, plans])
  const [picked, setPicked] = useState<string | null>(initial)
  const selectId = useId()
  if (!plans) return <p className="muted">正在读取…</p>
  const value =
    picked !== null && options.some((other) => other.id === picked) ? picked : options[0]?.id
  return (
    <form
      className="compare-chooser"
      onSubmit={(event) => {
        event.preventDefault()
        if (value) onChoose(value)
      }}
    >
      {note && <p>{note}</p>}
      {options.length === 0 ? (
        <p className="muted">计划库中没有其他计划可以对比。</p>
      ) : (
        <>
          <label htmlFor={selectId}>选择要对比的计划（上一年）</label>
          <select id={selectId} value={value} onChange={(event) => setPicked(event.target.value)}>
            {options.map((other) => (
              <option key={other.id} value={other.id}>
                《{other.title}》（{other.year}年度{other.unit ? `，${other.unit}` : ''}）
              </option>
            ))}
          </select>
          <div className="compare-chooser-actions">
            <button type="submit">对比</button>
            {onCancel && (
              <button type="button" onClick={onCancel}>
                取消
              </button>
            )}
          </div>
        </>
      )}
    </form>
  )
}
