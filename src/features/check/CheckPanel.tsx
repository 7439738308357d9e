import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { checkFixCommand, fixArgs } from '../../commands/plan/checkFixes'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { checkPlan, createCheckCache } from '../../domain/check/checkPlan'
import { groupFindings } from '../../domain/check/summarizeFindings'
import type { CheckFix, Finding } from '../../domain/check/types'
import { FindingRow } from './FindingRow'
import { jumpToFinding } from './jumpToFinding'
import { useSettledValue } from './useSettledValue'
import { useTypedPlan } from './useTypedPlan'
import './check.css'

const SHOWN_PER_GROUP = 50
/** Typing writes a draft every 250 ms: the list follows once the typing pauses. */
const SETTLE_MS = 400

/**
 * 检查: the plan's findings grouped by kind, live (a fix or an edit updates the list). Not modal:
 * the user jumps to a place and edits there with the panel open. ↑/↓ move between findings,
 * Escape closes it.
 */
export function CheckPanel(props: { planId: string; top?: number; onClose: () => void }) {
  const { planId, top, onClose } = props
  const titleId = useId()
  const loaded = useDeferredValue(useSettledValue(useTypedPlan(planId), SETTLE_MS))
  // Items whose rows did not change since the last check are not checked again.
  const [cache] = useState(createCheckCache)
  const findings = useMemo(
    () => (loaded ? checkPlan(loaded.plan, loaded.nodes, cache) : null),
    [loaded, cache],
  )
  const groups = useMemo(() => groupFindings(findings ?? []), [findings])
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const panelRef = useRef<HTMLElement>(null)
  // After a fix its row goes: focus moves to the finding that takes its place.
  const focusIndex = useRef<number | null>(null)

  useEffect(() => {
    panelRef.current?.focus()
  }, [])

  useEffect(() => {
    const index = focusIndex.current
    if (index === null || !findings) return
    focusIndex.current = null
    const buttons = findingButtons(panelRef.current)
    ;(buttons[Math.min(index, buttons.length - 1)] ?? panelRef.current)?.focus()
  }, [findings])

  const fix = async (fixes: CheckFix[], label: string, from: HTMLElement | null) => {
    const buttons = findingButtons(panelRef.current)
    const row = from?.closest('li')?.querySelector<HTMLElement>('.check-finding')
    focusIndex.current = row ? buttons.indexOf(row) : 0
    const result = await runPlanCommand(checkFixCommand(label), planId, fixArgs(fixes))
    if (!result.ok) focusIndex.current = null
  }

  const jump = (finding: Finding) => {
    const parents = new Map(loaded?.nodes.map((node) => [node.id, node.parentId]))
    // From the plan's form (title, unit), back to the panel: its finding may be gone by then.
    jumpToFinding(finding, (id) => parents.get(id), panelRef.current)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = findingButtons(panelRef.current)
    const current = buttons.indexOf(document.activeElement as HTMLElement)
    const next = event.key === 'ArrowDown' ? current + 1 : current - 1
    if (buttons.length === 0) return
    event.preventDefault()
    buttons[(next + buttons.length) % buttons.length].focus()
  }

  const total = findings?.length ?? 0
  return (
    <section
      ref={panelRef}
      className="check-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={top === undefined ? undefined : { top }}
      onKeyDown={onKeyDown}
    >
      <div className="check-panel-header">
        <h2 id={titleId}>计划检查</h2>
        <span className="check-panel-total" aria-live="polite">
          {findings === null ? '正在检查…' : total === 0 ? '没有发现问题' : `共 ${total} 处`}
        </span>
        <button type="button" className="check-panel-close" aria-label="关闭检查" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="check-panel-body">
        {findings !== null && total === 0 && (
          <p className="check-panel-empty">没有发现待填写内容、遗留年份、标点或序号问题。</p>
        )}
        {groups.map((group) => {
          const fixable = group.findings.filter((finding) => finding.fix?.edits)
          const all = expanded.has(group.kind)
          const shown = all ? group.findings : group.findings.slice(0, SHOWN_PER_GROUP)
          const headingId = `${titleId}-${group.kind}`
          return (
            <section key={group.kind} className="check-group" aria-labelledby={headingId}>
              <h3 id={headingId} className="check-group-title">
                {group.label}
                <span className="check-group-count">{group.findings.length}</span>
                {fixable.length > 1 && (
                  <button
                    type="button"
                    className="check-fix-all"
                    onClick={(event) =>
                      void fix(
                        fixable.map((finding) => finding.fix!),
                        `${fixable[0].fix!.label}（全部）`,
                        event.currentTarget,
                      )
                    }
                  >
                    全部修正
                  </button>
                )}
              </h3>
              <ul className="check-list" aria-labelledby={headingId}>
                {shown.map((finding: Finding) => (
                  <FindingRow
                    key={finding.id}
                    finding={finding}
                    onJump={() => jump(finding)}
                    onFix={(chosen, button) => void fix([chosen], chosen.label, button)}
                  />
                ))}
              </ul>
              {shown.length < group.findings.length && (
                <button
                  type="button"
                  className="check-more"
                  onClick={() => setExpanded(new Set([...expanded, group.kind]))}
                >
                  再显示 {group.findings.length - shown.length} 处
                </button>
              )}
            </section>
          )
        })}
      </div>
    </section>
  )
}

function findingButtons(panel: HTMLElement | null): HTMLElement[] {
  return panel ? [...panel.querySelectorAll<HTMLElement>('.check-finding')] : []
}
