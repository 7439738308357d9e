import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import { navigate, routeHref } from '../../ui/useHashRoute'
import { useLoadedPlan } from '../../data/planQueries'
import { buildExportBlocks } from '../../domain/export/exportModel'
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../domain/export/exportOptions'
import { findExportWarnings } from '../../domain/export/exportWarnings'
import { checkBeforeExport, type ExportCheckSummary } from '../check/exportCheck'
import { ExportCheckNotice } from '../check/ExportCheckNotice'
import { openCheckPanel } from '../check/checkPanelStore'
import { ExportWarningDialog } from './ExportWarningDialog'
import { PrintPages } from './PrintPages'
import { PrintSettingsPanel, type PreviewChoices } from './PrintSettingsPanel'
import { usePrintSettings } from './usePrintSettings'
import './printPreviewView.css'

/**
 * `#/plan/<id>/print[/<nodeId>]`: the plan (or the item selected in the editor, with its
 * subtree) on A4 sheets per GB/T 9704, its settings, and 打印.
 */
export function PrintPreviewView({ planId, nodeId }: { planId: string; nodeId: string | null }) {
  // null: no such plan; undefined: still loading.
  const data = useLoadedPlan(planId)
  const { loaded, settings, header, saveSettings, saveHeader } = usePrintSettings(planId)
  const [choices, setChoices] = useState<PreviewChoices>({ content: 'full', scheme: null })
  const [scope, setScope] = useState<'plan' | 'subtree'>('plan')
  const scopeNode = nodeId ? data?.nodes.find((node) => node.id === nodeId) : undefined
  const [pageCount, setPageCount] = useState({ count: 0, complete: false })
  const onPageCount = useCallback(
    (count: number, complete: boolean) => setPageCount({ count, complete }),
    [],
  )
  const [warningOpen, setWarningOpen] = useState(false)
  // The plan check, run (its code loaded) when 打印 is pressed, as before a file export.
  const [check, setCheck] = useState<ExportCheckSummary | null>(null)
  const [checking, setChecking] = useState(false)

  const options: ExportOptions = useMemo(
    () => ({
      ...DEFAULT_EXPORT_OPTIONS,
      content: choices.content,
      scheme: choices.scheme,
      scope: scope === 'subtree' && nodeId ? 'subtree' : 'plan',
      subtreeId: scope === 'subtree' ? nodeId : null,
      runInLevels: settings.runInLevels,
      header,
    }),
    [choices, scope, nodeId, settings.runInLevels, header],
  )
  const blocks = useMemo(
    () => (data ? buildExportBlocks(data.plan, data.nodes, options) : []),
    [data, options],
  )
  // Checked after the first pages are on screen (it walks every node: ~150 ms for 2,000).
  const warningData = useDeferredValue(data, null)
  const warnings = useMemo(
    () => (warningData ? findExportWarnings(warningData.plan, warningData.nodes, options) : []),
    [warningData, options],
  )

  const print = async () => {
    if (!data || checking) return
    setChecking(true)
    const summary = await checkBeforeExport(data.plan, data.nodes)
    setChecking(false)
    setCheck(summary)
    if (warnings.length > 0 || summary.count > 0) setWarningOpen(true)
    else window.print()
  }

  const editorHref = routeHref({ name: 'editor', planId })
  if (data === undefined || !loaded) {
    return <p className="print-preview-status">正在加载……</p>
  }
  if (data === null) {
    return (
      <div className="print-preview-status">
        <p>计划不存在或已被删除。</p>
        <a href={routeHref({ name: 'library' })}>返回计划库</a>
      </div>
    )
  }

  return (
    <div className="print-preview">
      <header className="print-toolbar">
        <a className="print-back" href={editorHref}>
          ← 返回编辑
        </a>
        <h1>打印预览</h1>
        <span className="print-page-count" aria-live="polite">
          {pageCount.complete
            ? `共 ${pageCount.count} 页`
            : `正在排版，已排 ${pageCount.count} 页……`}
        </span>
        {warnings.length > 0 && (
          <span className="print-warning-note">有 {warnings.length} 处待填写或空条目</span>
        )}
        <button
          type="button"
          className="primary"
          // Until every page is laid out, printing would print only the pages shown so far.
          disabled={!pageCount.complete}
          aria-busy={checking || undefined}
          onClick={() => void print()}
        >
          打印
        </button>
      </header>
      <div className="print-preview-body">
        <PrintSettingsPanel
          settings={settings}
          header={header}
          choices={choices}
          planScheme={data.plan.numbering.scheme}
          onSettings={saveSettings}
          onHeader={saveHeader}
          onChoices={setChoices}
          scope={
            scopeNode
              ? { value: scope, itemTitle: scopeNode.title || '（未命名）', onChange: setScope }
              : null
          }
        />
        {/* Focusable so keyboard users can scroll the sheets. */}
        <main className="print-preview-pages" aria-label="打印页面" tabIndex={0}>
          <PrintPages blocks={blocks} settings={settings} onPageCount={onPageCount} />
        </main>
      </div>
      <ExportWarningDialog
        open={warningOpen}
        warnings={warnings}
        confirmLabel="继续打印"
        extra={
          check && (
            <ExportCheckNotice
              summary={check}
              onView={() => {
                setWarningOpen(false)
                // Back to the plan, its check panel open on the findings.
                openCheckPanel()
                navigate({ name: 'editor', planId })
              }}
            />
          )
        }
        onCancel={() => setWarningOpen(false)}
        onConfirm={() => {
          setWarningOpen(false)
          // Let the dialog close before the print dialog freezes the page.
          setTimeout(() => window.print(), 0)
        }}
      />
    </div>
  )
}
