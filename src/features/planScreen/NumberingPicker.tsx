import type { NumberingScheme, Plan } from '../../domain/outline/types'
import { setNumbering } from '../../db/planRepo'
import { trackSave } from '../../store/saveStore'
import { SchemeOptions } from './SchemeOptions'

/** The plan's numbering scheme; the whole plan renumbers at once. */
export function NumberingPicker({ plan }: { plan: Plan }) {
  return (
    <div className="numbering-picker">
      <label>
        序号
        <select
          value={plan.numbering.scheme}
          onChange={(event) =>
            void trackSave(() =>
              setNumbering(plan.id, {
                ...plan.numbering,
                scheme: event.target.value as NumberingScheme,
              }),
            )
          }
        >
          <SchemeOptions />
        </select>
      </label>
      <label className="checkbox">
        {/* Uncontrolled and re-keyed by the stored value: the tick shows at once, then follows the db. */}
        <input
          key={String(plan.numbering.continuousLevel2)}
          type="checkbox"
          defaultChecked={plan.numbering.continuousLevel2}
          onChange={(event) =>
            void trackSave(() =>
              setNumbering(plan.id, { ...plan.numbering, continuousLevel2: event.target.checked }),
            )
          }
        />
        二级序号全文连续
      </label>
    </div>
  )
}
