import { lazy, Suspense, useDeferredValue, useEffect, useMemo } from 'react'
import type { Plan } from '../../domain/outline/types'
import { usePlan, usePlanNodesOnScreen } from '../../data/planQueries'
import { usePlanDocument } from '../../data/usePlanDocument'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'
import { memoryRow, memoryRows } from '../../db/memoryMirror'
import { settingKeys } from '../../db/schema'
import { holdsInMemory, useStorageHealth } from '../../store/storageHealthStore'
import { setSetting } from '../../db/settingsRepo'
import { useSetting } from '../../data/useSetting'
import { useEditorStore } from '../../store/editorStore'
import { KeyCatcher } from '../../ui/KeyCatcher'
import { handleUndoKeys } from '../outline/treeKeyboard'
import { useUndoStore } from '../../store/undoStore'
import { useTeamConnection } from '../../data/useTeamConnection'
import type * as Y from 'yjs'
import { TeamPresence } from '../team/TeamPresence'
import { DocumentView } from '../document/DocumentView'
import { useAutoSnapshot } from '../history/useAutoSnapshot'
import { TrashedPlanNotice } from '../trash/TrashedPlanNotice'
import { OutlineTree } from '../outline/OutlineTree'
import { useOutline } from '../outline/useOutline'
import { EditorToolbar } from './EditorToolbar'
import { FindHost } from '../find/FindHost'
import { OutlineSplitter, useOutlineWidth } from './OutlineSplitter'
import { checkPlanOnOpen } from './checkPlanOnOpen'
import { cyclePane } from './paneCycle'
import { StatusBar } from './StatusBar'
import { useFocusOnOpen } from './useFocusOnOpen'
import { useScreenKeys } from './useScreenKeys'
import type { OutlineNode } from '../../domain/outline/types'

const PhrasePanel = lazy(() =>
  import('../phrases/PhrasePanel').then((module) => ({ default: module.PhrasePanel })),
)
const SlotStatus = lazy(() =>
  import('../phrases/SlotStatus').then((module) => ({ default: module.SlotStatus })),
)

/** The editor screen: toolbar, outline, document, phrase panel, status bar. */
export function PlanEditorView({ planId }: { planId: string }) {
  const stored = usePlan(planId)
  // Drawn at low priority, but a move this window made at once (usePlanNodesOnScreen).
  const storedNodes = usePlanNodesOnScreen(planId)
  const { plan, nodes } = useHeldInMemory(planId, stored, storedNodes)
  // The plan's content lives in its document: edits are made there, the rows follow it.
  const document = usePlanDocument(planId)

  useEffect(() => {
    useEditorStore.getState().openPlan(planId)
    useUndoStore.getState().reset(planId)
    // The document is loaded (with what a closed page rescued), its tree checked.
    checkPlanOnOpen(planId).catch(() => undefined)
    return () => useEditorStore.getState().openPlan(null)
  }, [planId])

  if (plan === null)
    return (
      <main className="missing-plan">
        <h1>找不到这个计划</h1>
        <p>它可能已被删除。</p>
        <a href="#/">返回计划库</a>
      </main>
    )
  if (plan?.deletedAt) return <TrashedPlanNotice plan={plan} />
  if (document.error && !document.opened)
    return (
      <main className="missing-plan">
        <h1>无法打开这个计划</h1>
        <p>{chineseErrorMessage(document.error, '打开计划')}</p>
        <a href="#/">返回计划库</a>
      </main>
    )
  // The outline and the document are painted from the rows at once; the plan's document loads
  // beside them (a 10,000-item document takes a moment): editing waits for it, reading does not.
  if (!plan || !nodes) return <p className="loading">正在打开计划…</p>
  return <LoadedEditor plan={plan} nodes={nodes} doc={document.opened?.doc ?? null} />
}

/**
 * The browser recreated the database empty under the app (a full disk): the plan is shown as
 * memory holds it (never 找不到这个计划), until 写回数据库 puts it back.
 */
function useHeldInMemory(
  planId: string,
  plan: Plan | null | undefined,
  nodes: OutlineNode[] | undefined,
): { plan: Plan | null | undefined; nodes: OutlineNode[] | undefined } {
  const lost = useStorageHealth(holdsInMemory)
  return useMemo(() => {
    if (!lost || plan) return { plan, nodes }
    const held = memoryRow<Plan>('plans', planId)
    if (!held) return { plan, nodes }
    const heldNodes = nodes?.length
      ? nodes
      : memoryRows<OutlineNode>('nodes').filter((node) => node.planId === planId)
    return { plan: held, nodes: heldNodes }
  }, [lost, plan, nodes, planId])
}

function LoadedEditor(props: { plan: Plan; nodes: OutlineNode[]; doc: Y.Doc | null }) {
  // Re-rendering 2,000 rows after a save runs at low priority, so keystrokes never wait for it
  // (the rows' own changes are given their priority by usePlanNodesOnScreen).
  const plan = useDeferredValue(props.plan)
  const { nodes } = props
  const outline = useOutline(plan, nodes)
  useAutoSnapshot(plan.id, plan.updatedAt)
  const panelOpen = useSetting(settingKeys.phrasePanelOpen, true)
  const outlineWidth = useOutlineWidth()
  useScreenKeys(plan.id)
  // 团队协作: connected while the screen is open, when the plan was connected before.
  useTeamConnection(plan.id, props.doc)
  useFocusOnOpen(plan.id, outline.rows[0]?.node.id)
  return (
    <div
      className={panelOpen ? 'editor-layout with-panel' : 'editor-layout'}
      // Editing waits for the plan's document: when it is loaded (read by the bench's figure).
      data-document={props.doc ? 'loaded' : 'loading'}
      style={outlineWidth.style}
      onKeyDown={(event) => {
        // Outside text fields (the document, toolbars), Ctrl+Z undoes the plan's last step.
        if (!isTextField(event.target as HTMLElement) && handleUndoKeys(event, plan.id)) return
        if (event.key !== 'F6') return
        event.preventDefault()
        cyclePane(event.currentTarget, event.shiftKey)
      }}
    >
      <KeyCatcher />
      <FindHost planId={plan.id} />
      <EditorToolbar
        plan={plan}
        panelOpen={panelOpen ?? false}
        onTogglePanel={() => void setSetting(settingKeys.phrasePanelOpen, !panelOpen)}
      />
      <OutlineTree planId={plan.id} outline={outline} />
      <OutlineSplitter onResize={outlineWidth.resize} />
      <main className="document-main" aria-label="文档">
        <DocumentView plan={plan} outline={outline} />
      </main>
      {panelOpen && (
        <aside className="side-panel" aria-label="常用语库">
          <Suspense fallback={<p className="muted">正在载入常用语…</p>}>
            <PhrasePanel />
          </Suspense>
        </aside>
      )}
      <StatusBar plan={plan} outline={outline}>
        <Suspense fallback={null}>
          <SlotStatus planId={plan.id} />
        </Suspense>
        <TeamPresence planId={plan.id} />
      </StatusBar>
    </div>
  )
}

const isTextField = (element: HTMLElement) =>
  element.isContentEditable ||
  element.tagName === 'INPUT' ||
  element.tagName === 'TEXTAREA' ||
  element.tagName === 'SELECT'
