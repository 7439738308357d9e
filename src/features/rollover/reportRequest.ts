// The plan just made by 复制为新年度计划: its editor opens with the report shown.
let requested: string | null = null

export function requestReportOnOpen(planId: string): void {
  requested = planId
}

/** Whether the report of `planId` was asked for (answered once). */
export function takeReportRequest(planId: string): boolean {
  if (requested !== planId) return false
  requested = null
  return true
}
