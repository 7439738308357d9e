import { NUMBERING_SCHEME_LABELS } from '../domain/outline/numbering'
import type { NumberingScheme } from '../domain/outline/types'

const SCHEMES = Object.keys(NUMBERING_SCHEME_LABELS) as NumberingScheme[]

/** One <option> per numbering scheme, for every select that picks one. */
export function SchemeOptions() {
  return SCHEMES.map((scheme) => (
    <option key={scheme} value={scheme}>
      {NUMBERING_SCHEME_LABELS[scheme]}
    </option>
  ))
}
