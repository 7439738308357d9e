import { useId } from 'react'
import { continuousLevel2Unavailable } from '../../domain/outline/numbering'
import type { NumberingScheme, Plan } from '../../domain/outline/types'
import { setNumbering } from '../../commands/plan/setNumbering'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { SchemeOptions } from '../../ui/SchemeOptions'

/** The plan's numbering scheme; the whole plan renumbers at once. */
export function NumberingPicker({ plan }: { plan: Plan }) {
  const reasonId = useId()
  // Under 一是式 level 2 restarts per chapter: the box is off and says why (the stored choice is
  // kept for a scheme where it applies).
  const unavailable = continuousLevel2Unavailable(plan.numbering.scheme)
  const continuous = plan.numbering.continuousLevel2 && unavailable === null
  return (
    <div className="numbering-picker">
      <label>
        序号
        <select
          value={plan.numbering.scheme}
          onChange={(event) =>
            void runPlanCommand(setNumbering, plan.id, {
              numbering: { scheme: event.target.value as NumberingScheme },
            })
          }
        >
          <SchemeOptions />
        </select>
      </label>
      <label className="checkbox">
        {/* Uncontrolled and re-keyed by the stored value: the tick shows at once, then follows the db. */}
        <input
          key={`${plan.numbering.scheme}:${String(continuous)}`}
          type="checkbox"
          defaultChecked={continuous}
          disabled={unavailable !== null}
          aria-describedby={unavailable === null ? undefined : reasonId}
          onChange={(event) =>
            void runPlanCommand(setNumbering, plan.id, {
              numbering: { continuousLevel2: event.target.checked },
            })
          }
        />
        二级序号全文连续
      </label>
      {unavailable !== null && (
        <span id={reasonId} className="numbering-reason">
          {unavailable}
        </span>
      )}
    </div>
  )
}
