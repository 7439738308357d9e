import { NUMBERING_SCHEME_LABELS } from '../../domain/outline/numbering'
import type { NumberingScheme, Plan } from '../../domain/outline/types'
import { setNumbering } from '../../db/planRepo'
import { trackSave } from '../../store/saveStore'

const SCHEMES = Object.keys(NUMBERING_SCHEME_LABELS) as NumberingScheme[]

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
          {SCHEMES.map((scheme) => (
            <option key={scheme} value={scheme}>
              {NUMBERING_SCHEME_LABELS[scheme]}
            </option>
          ))}
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
