import type { YearComparison } from '../../domain/compare/compareYears'
import { exportFileName } from '../../domain/export/exportFileName'
import type { Plan } from '../../domain/outline/types'
import { downloadFile } from '../../ui/downloadFile'

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** 导出 Word 对比表: the comparison as a .docx table (上一年 / 本年); docx loads only now. */
export async function exportComparison(
  comparison: YearComparison,
  last: Plan,
  current: Plan,
): Promise<void> {
  const { buildComparisonDocx, comparisonDocxBlob } =
    await import('../../domain/export/docx/buildComparisonDocx')
  const blob = await comparisonDocxBlob(buildComparisonDocx(comparison, last, current))
  // 某某镇总工会2026年工作计划与上一年对比.docx
  const fileName = exportFileName(current, 'docx').replace(/\.docx$/, '与上一年对比.docx')
  downloadFile(new Blob([blob], { type: DOCX_MIME }), fileName)
}
