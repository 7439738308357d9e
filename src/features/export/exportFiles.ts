import { buildExportBlocks, exportNumbering } from '../../domain/export/exportModel'
import { exportFileName } from '../../domain/export/exportFileName'
import type { ExportOptions, PrintSettings } from '../../domain/export/exportOptions'
import { toMarkdown } from '../../domain/export/markdown'
import { toPlainText } from '../../domain/export/plainText'
import type { OutlineNode, Plan } from '../../domain/outline/types'

export type ExportFormat = 'docx' | 'txt' | 'md' | 'json'

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: 'Word (.docx)',
  txt: '纯文本 (.txt)',
  md: 'Markdown (.md)',
  json: 'JSON 备份 (.json)',
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The file for a format. Reads the plan only; the docx library is fetched on first use. */
export async function buildExportFile(
  plan: Plan,
  nodes: readonly OutlineNode[],
  format: ExportFormat,
  options: ExportOptions,
  settings: PrintSettings,
): Promise<{ fileName: string; blob: Blob }> {
  const fileName = exportFileName(plan, format)
  if (format === 'json') {
    // The backup is always the whole plan as stored, whatever the print options.
    const { serializePlan } = await import('../../domain/export/planJson')
    return { fileName, blob: new Blob([serializePlan(plan, nodes)], { type: 'application/json' }) }
  }
  const blocks = buildExportBlocks(plan, nodes, options)
  if (format === 'docx') {
    const { buildDocx, docxBlob } = await import('../../domain/export/docx/buildDocx')
    const blob = await docxBlob(
      buildDocx(blocks, settings, {
        title: plan.title,
        numbering: exportNumbering(plan, options),
      }),
    )
    return { fileName, blob: new Blob([blob], { type: DOCX_MIME }) }
  }
  const text = format === 'md' ? toMarkdown(blocks) : toPlainText(blocks)
  // A byte-order mark so older Windows Notepad and Excel read the UTF-8 correctly.
  const type = format === 'md' ? 'text/markdown;charset=utf-8' : 'text/plain;charset=utf-8'
  return { fileName, blob: new Blob(['\uFEFF', text], { type }) }
}
