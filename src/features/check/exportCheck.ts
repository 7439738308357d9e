import type { OutlineNode, Plan } from '../../domain/outline/types'
import type { CheckKind } from '../../domain/check/types'

/** What the export warning already lists by itself (slots and items without a title). */
const LISTED_BY_EXPORT: ReadonlySet<CheckKind> = new Set(['slot', 'emptyItem'])

export interface ExportCheckSummary {
  count: number
  /** `中文里的半角标点 3 处、可能遗留的年份 1 处`. */
  text: string
}

/**
 * The plan check before an export: its warnings and errors other than those the export warning
 * lists itself. The check's code loads with the first export, not with the editor.
 */
export async function checkBeforeExport(
  plan: Plan,
  nodes: readonly OutlineNode[],
): Promise<ExportCheckSummary> {
  try {
    const [{ checkPlan }, { summarizeFindings }] = await Promise.all([
      import('../../domain/check/checkPlan'),
      import('../../domain/check/summarizeFindings'),
    ])
    const findings = checkPlan(plan, nodes).filter((finding) => !LISTED_BY_EXPORT.has(finding.kind))
    return summarizeFindings(findings)
  } catch {
    // The check is advice: an export is never stopped because it could not run.
    return { count: 0, text: '' }
  }
}
