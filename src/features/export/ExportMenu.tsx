import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { ariaKeyShortcuts, keyLabel } from '../../commands/keys'
import { openPrintPreview } from '../../commands/plan/screenCommands'
import { navigate } from '../../ui/useHashRoute'
import { settingKeys } from '../../db/schema'
import { getSetting } from '../../db/settingsRepo'
import { loadPlanAsTyped } from '../../db/planDocuments'
import {
  DEFAULT_EXPORT_OPTIONS,
  normalizePrintSettings,
  type ExportOptions,
} from '../../domain/export/exportOptions'
import { findExportWarnings, type ExportWarning } from '../../domain/export/exportWarnings'
import { showToast } from '../../store/toastStore'
import { checkBeforeExport, type ExportCheckSummary } from '../check/exportCheck'
import { ExportCheckNotice } from '../check/ExportCheckNotice'
import { openCheckPanel } from '../check/checkPanelStore'
import { downloadFile } from '../../ui/downloadFile'
import { buildExportFile, EXPORT_FORMAT_LABELS, type ExportFormat } from './exportFiles'
import { ExportOptionsDialog, type ExportChoices } from './ExportOptionsDialog'
import { ExportWarningDialog } from './ExportWarningDialog'
import { normalizeHeader } from './usePrintSettings'
import './exportMenu.css'
import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'

type MenuAction = 'print' | ExportFormat

/** An ellipsis marks the items that open a dialog first. */
const ITEMS: { action: MenuAction; label: string; keys?: readonly string[] }[] = [
  { action: 'print', label: openPrintPreview.label, keys: openPrintPreview.keys },
  { action: 'docx', label: `${EXPORT_FORMAT_LABELS.docx}…` },
  { action: 'txt', label: `${EXPORT_FORMAT_LABELS.txt}…` },
  { action: 'md', label: `${EXPORT_FORMAT_LABELS.md}…` },
  { action: 'json', label: EXPORT_FORMAT_LABELS.json },
]

interface PendingExport {
  format: ExportFormat
  options: ExportOptions
  warnings: ExportWarning[]
  /** What the plan check (检查) found besides the warnings. */
  check: ExportCheckSummary
}

/** 导出 ▾: a WAI-ARIA menu button with print preview and the file formats. Never changes the plan. */
export function ExportMenu({
  planId,
  selectedNodeId,
}: {
  planId: string
  selectedNodeId: string | null
}) {
  const menuId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])
  const [open, setOpen] = useState(false)
  const [focusIndex, setFocusIndex] = useState(0)
  const [optionsFor, setOptionsFor] = useState<ExportFormat | null>(null)
  const [pending, setPending] = useState<PendingExport | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus()
  }, [open, focusIndex])

  const openMenu = (index: number) => {
    setFocusIndex(index)
    setOpen(true)
  }
  const closeMenu = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }

  const exportNow = async (format: ExportFormat, options: ExportOptions) => {
    setBusy(true)
    try {
      const data = await loadPlanAsTyped(planId)
      if (!data) throw new Error('计划不存在或已被删除')
      const settings = normalizePrintSettings(
        await getSetting<unknown>(settingKeys.printSettings, null),
      )
      const { fileName, blob } = await buildExportFile(
        data.plan,
        data.nodes,
        format,
        options,
        settings,
      )
      downloadFile(blob, fileName)
      showToast(`已导出“${fileName}”`)
    } catch (error) {
      showToast(`导出失败：${chineseErrorMessage(error, '导出')}`, 'error')
    } finally {
      setBusy(false)
    }
  }

  /** The options dialog's 导出: warn first when something is unfilled. */
  const confirmOptions = async (format: ExportFormat, choices: ExportChoices) => {
    setOptionsFor(null)
    const data = await loadPlanAsTyped(planId)
    if (!data) {
      showToast('计划不存在或已被删除', 'error')
      return
    }
    const settings = normalizePrintSettings(
      await getSetting<unknown>(settingKeys.printSettings, null),
    )
    const header = normalizeHeader(await getSetting<unknown>(settingKeys.printHeader(planId), null))
    const options: ExportOptions = {
      ...DEFAULT_EXPORT_OPTIONS,
      ...choices,
      subtreeId: choices.scope === 'subtree' ? selectedNodeId : null,
      runInLevels: settings.runInLevels,
      header,
    }
    const warnings = findExportWarnings(data.plan, data.nodes, options)
    const check = await checkBeforeExport(data.plan, data.nodes)
    if (warnings.length > 0 || check.count > 0) setPending({ format, options, warnings, check })
    else void exportNow(format, options)
  }

  const choose = (action: MenuAction) => {
    closeMenu(action !== 'print')
    if (action === 'print') navigate({ name: 'print', planId, nodeId: selectedNodeId ?? undefined })
    // The backup is the whole plan as stored: no options, no warnings.
    else if (action === 'json') void exportNow('json', DEFAULT_EXPORT_OPTIONS)
    else setOptionsFor(action)
  }

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      openMenu(0)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      openMenu(ITEMS.length - 1)
    }
  }

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const last = ITEMS.length - 1
    const moves: Record<string, number> = {
      ArrowDown: focusIndex === last ? 0 : focusIndex + 1,
      ArrowUp: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    }
    if (event.key in moves) {
      event.preventDefault()
      setFocusIndex(moves[event.key])
    } else if (event.key === 'Escape') {
      event.preventDefault()
      closeMenu(true)
    } else if (event.key === 'Tab') {
      closeMenu(false)
    }
  }

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy || undefined}
        onClick={() => (open ? closeMenu(false) : openMenu(0))}
        onKeyDown={onButtonKeyDown}
      >
        {busy ? '正在导出…' : '导出'} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label="导出"
          className="export-menu-list"
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            // Close when focus leaves the menu and its button (a click elsewhere, Tab).
            const next = event.relatedTarget as Node | null
            if (!next || (!event.currentTarget.contains(next) && next !== buttonRef.current)) {
              setOpen(false)
            }
          }}
        >
          {ITEMS.map((item, index) => (
            <button
              key={item.action}
              ref={(element) => {
                itemRefs.current[index] = element
              }}
              type="button"
              role="menuitem"
              tabIndex={index === focusIndex ? 0 : -1}
              aria-keyshortcuts={ariaKeyShortcuts(item.keys)}
              onClick={() => choose(item.action)}
            >
              {item.label}
              {item.keys && (
                <kbd className="menu-key" aria-hidden="true">
                  {keyLabel(item.keys)}
                </kbd>
              )}
            </button>
          ))}
        </div>
      )}
      {optionsFor && (
        <ExportOptionsDialog
          format={optionsFor}
          planId={planId}
          selectedNodeId={selectedNodeId}
          onCancel={() => setOptionsFor(null)}
          onConfirm={(choices) => void confirmOptions(optionsFor, choices)}
        />
      )}
      <ExportWarningDialog
        open={pending !== null}
        warnings={pending?.warnings ?? []}
        confirmLabel="继续导出"
        extra={
          pending && (
            <ExportCheckNotice
              summary={pending.check}
              onView={() => {
                setPending(null)
                openCheckPanel()
              }}
            />
          )
        }
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) void exportNow(pending.format, pending.options)
          setPending(null)
        }}
      />
    </div>
  )
}
