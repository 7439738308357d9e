import { KIND_LABELS, KIND_ORDER, type CheckKind, type Finding } from './types'

export interface FindingGroup {
  kind: CheckKind
  label: string
  findings: Finding[]
}

/** Findings grouped by kind, in the panel's order; empty groups are left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byKind = new Map<CheckKind, Finding[]>()
  for (const finding of findings) {
    const group = byKind.get(finding.kind)
    if (group) group.push(finding)
    else byKind.set(finding.kind, [finding])
  }
  return KIND_ORDER.filter((kind) => byKind.has(kind)).map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    findings: byKind.get(kind)!,
  }))
}

/** `半角标点 3 处、遗留年份 1 处`: the findings worth a look before export (no hints). */
export function summarizeFindings(findings: readonly Finding[]): { count: number; text: string } {
  const serious = findings.filter((finding) => finding.severity !== 'hint')
  const text = groupFindings(serious)
    .map((group) => `${group.label} ${group.findings.length} 处`)
    .join('、')
  return { count: serious.length, text }
}
