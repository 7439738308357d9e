import { useState } from 'react'
import { Dialog } from '../../ui/Dialog'
import { useLoadedPlan } from '../../data/planQueries'
import type { ExportOptions } from '../../domain/export/exportOptions'
import { computeNumbers } from '../../domain/outline/numbering'
import { buildTree } from '../../domain/outline/tree'
import { ContentSchemeFields } from './ContentSchemeFields'
import { ScopeFields } from './ScopeFields'
import { EXPORT_FORMAT_LABELS, type ExportFormat } from './exportFiles'

export type ExportChoices = Pick<ExportOptions, 'scope' | 'content' | 'scheme'>

interface ExportOptionsDialogProps {
  format: ExportFormat
  planId: string
  selectedNodeId: string | null
  onCancel: () => void
  onConfirm: (choices: ExportChoices) => void
}

/** 整个计划 / 选中的条目, 全文 / 提纲, and the numbering scheme, before a file is written. */
export function ExportOptionsDialog(props: ExportOptionsDialogProps) {
  const data = useLoadedPlan(props.planId)
  const [choices, setChoices] = useState<ExportChoices>({
    scope: 'plan',
    content: 'full',
    scheme: null,
  })
  const selected = data?.nodes.find((node) => node.id === props.selectedNodeId)
  const selectedLabel =
    data && selected
      ? `${computeNumbers(buildTree(data.nodes), data.plan.numbering).get(selected.id) ?? ''}${selected.title}`
      : null
  const planScheme = data?.plan.numbering.scheme ?? 'standard'

  return (
    <Dialog
      title={`导出 ${EXPORT_FORMAT_LABELS[props.format]}`}
      open
      onClose={props.onCancel}
      className="export-options-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          props.onConfirm(choices)
        }}
      >
        <ScopeFields
          value={choices.scope}
          itemLabel={selectedLabel}
          onChange={(scope) => setChoices({ ...choices, scope })}
        />
        <ContentSchemeFields
          choices={choices}
          planScheme={planScheme}
          onChoices={setChoices}
          rowClassName="export-options-row"
        />
        <p className="export-options-note">版式（字体、行距、接排、页码）按打印预览中的设置。</p>
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            取消
          </button>
          <button type="submit" className="primary" autoFocus>
            导出
          </button>
        </div>
      </form>
    </Dialog>
  )
}
