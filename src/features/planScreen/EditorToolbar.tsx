import type { Plan } from '../../domain/outline/types'
import { useEditorStore } from '../../store/editorStore'
import { CheckButton } from '../check/CheckButton'
import { CompareButton } from '../compare/CompareButton'
import { ExportMenu } from '../export/ExportMenu'
import { FindButton } from '../find/FindButton'
import { HistoryButton } from '../history/HistoryButton'
import { RolloverButton } from '../rollover/RolloverButton'
import { SourcePlanLink } from '../rollover/SourcePlanLink'
import { SaveAsTemplateButton } from '../templates/SaveAsTemplateButton'
import { TeamButton } from '../team/TeamButton'
import { FormatButtons } from './FormatButtons'
import { NumberingPicker } from './NumberingPicker'

interface EditorToolbarProps {
  plan: Plan
  panelOpen: boolean
  onTogglePanel: () => void
}

export function EditorToolbar({ plan, panelOpen, onTogglePanel }: EditorToolbarProps) {
  const selectedId = useEditorStore((state) => state.selectedId)
  return (
    <header className="editor-toolbar">
      <a href="#/" className="back-link">
        ← 计划库
      </a>
      <span className="toolbar-title" title={plan.title}>
        {plan.title}
      </span>
      <SourcePlanLink key={plan.id} plan={plan} />
      <NumberingPicker plan={plan} />
      <FormatButtons />
      <div className="toolbar-end">
        <FindButton />
        <button type="button" aria-pressed={panelOpen} onClick={onTogglePanel}>
          常用语库
        </button>
        <CheckButton planId={plan.id} />
        <CompareButton plan={plan} />
        <HistoryButton planId={plan.id} />
        <SaveAsTemplateButton plan={plan} />
        <RolloverButton plan={plan} />
        <ExportMenu planId={plan.id} selectedNodeId={selectedId} />
        <TeamButton planId={plan.id} />
      </div>
    </header>
  )
}
