import { create } from 'zustand'

/** What to show selected when the plan's form opens: a place in its title or unit. */
export interface PlanInfoRequest {
  field: 'title' | 'unit'
  from: number
  to: number
}

interface PlanInfoState {
  /** The form is open (over the plan screen), with this place selected; null when closed. */
  request: PlanInfoRequest | 'open' | null
  /** Where focus was when it opened, to go back to on closing. */
  returnFocus: HTMLElement | null
}

/**
 * The plan's title, unit and year are set in the plan's form: from the plan screen its
 * 修改 button opens it, and so do the plan check and the slot panel to show a place there.
 */
export const usePlanInfoStore = create<PlanInfoState>(() => ({
  request: null,
  returnFocus: null,
}))

/** `returnFocus`: where focus goes when the form closes (default: where it is now). */
export function openPlanInfo(request?: PlanInfoRequest, returnFocus?: HTMLElement | null): void {
  const active = document.activeElement
  usePlanInfoStore.setState({
    request: request ?? 'open',
    returnFocus:
      returnFocus ?? (active instanceof HTMLElement && active !== document.body ? active : null),
  })
}

export function closePlanInfo(): void {
  usePlanInfoStore.setState({ request: null, returnFocus: null })
}
