// Figures the bench reports, how they print, and the median/min/max of each over the runs.

/** name → [label, unit, decimals]. The order is the table's. */
export const FIGURES = {
  open: ['open (navigation → rendered, input free)', 'ms', 0],
  documentLoad: ["document load (navigation → plan's document loaded, editing possible)", 'ms', 0],
  firstEdit: ['first edit (click → live editor)', 'ms', 0],
  openLoadsKb: ['JS/CSS loaded by opening beyond initial', 'KB gz', 1],
  typingP50: ['typing key→paint p50', 'ms', 1],
  typingP95: ['typing key→paint p95', 'ms', 1],
  typingMax: ['typing key→paint max', 'ms', 1],
  baselineP50: ['bare Tiptap key→paint p50', 'ms', 1],
  baselineP95: ['bare Tiptap key→paint p95', 'ms', 1],
  baselineMax: ['bare Tiptap key→paint max', 'ms', 1],
  typingP95Ratio: ['typing p95 / bare Tiptap p95', '×', 2],
  moveKeyUp: ['move chapter Alt+↑ (painted and committed)', 'ms', 0],
  moveKeyUpPainted: ['  of which: new number painted', 'ms', 0],
  moveKeyUpCommitted: ['  of which: order key in IndexedDB', 'ms', 0],
  moveKeyDown: ['move chapter Alt+↓', 'ms', 0],
  moveDrag: ['move chapter by drag', 'ms', 0],
  moveDragBack: ['move chapter by drag (back)', 'ms', 0],
  moveMutations: ['DOM mutation records in an Alt+↑ move', '', 0],
  moveRowsTouched: ['tree rows touched by an Alt+↑ move', '', 0],
  moveDocNodesTouched: ['document nodes touched by an Alt+↑ move', '', 0],
  twoWindowsP50: ['two windows: key typed here → painted in the other, p50', 'ms', 0],
  twoWindowsP95: ['two windows: key typed here → painted in the other, p95', 'ms', 0],
  twoWindowsMax: ['two windows: key typed here → painted in the other, max', 'ms', 0],
  collapseAll: ['collapse all', 'ms', 0],
  expandAll: ['expand all', 'ms', 0],
  heapMb: ['JS heap after open (after GC)', 'MB', 1],
  contenteditable: ['contenteditable after open', '', 0],
  contenteditableEditing: ['contenteditable while editing', '', 0],
  treeRows: ['tree rows in DOM', '', 0],
  visibleRows: ['tree rows visible', '', 0],
  treeRowsOverVisible: ['tree rows in DOM − visible', '', 0],
  docNodes: ['document nodes in DOM', '', 0],
  printFirstPage: ['print preview: first page', 'ms', 0],
  printLastPage: ['print preview: last page', 'ms', 0],
  printLongestTask: ['print preview: longest task', 'ms', 0],
  printPages: ['print preview: pages', '', 0],
  docxExport: ['.docx export', 'ms', 0],
  findKeyMax: ['find: key→paint while searching, max', 'ms', 1],
  findResult: ['find: query → count painted', 'ms', 0],
  replaceAll: ['find & replace all', 'ms', 0],
  checkListed: ['plan check: 检查 → findings painted', 'ms', 0],
  typingCheckP95: ['typing key→paint p95, check panel open', 'ms', 1],
  phraseSearchResult: ['phrase search (5,000): first key → results', 'ms', 0],
  phraseSearchKeyP95: ['phrase search key→paint p95', 'ms', 1],
  importPreview: ['import 10,000 lines: preview', 'ms', 0],
  importLevel: ['import 10,000 lines: Tab → line level painted', 'ms', 0],
  importCommit: ['import 10,000 lines: 导入 → done', 'ms', 0],
}

/** The responsive step's workloads (bench/responsive.mjs): name → what is timed. */
export const RESPONSIVE_WORKLOADS = {
  pastePreview: '99,000 lines pasted: 预览 → lines shown',
  pasteImport: "99,000 lines: 导入 → the plan's address",
  textFile: '19 MB GB18030 .txt chosen → preview',
  wordFile: 'Word file of 90,000 paragraphs chosen → preview',
  backupRestoreRead: 'backup of 100,000 items chosen to restore → its preview',
  backupMake: '备份全部数据 of 100,000 items → progress gone',
}

/** A workload's figures: `${workload}${suffix}` → [label, unit, decimals], the columns' order. */
export const RESPONSIVE_FIGURES = {
  KeyMax: ['key-down → taken, max', 'ms', 0],
  LongestTask: ['longest task', 'ms', 0],
  Done: ['start → done painted', 'ms', 0],
  Keys: ['keys taken', '', 0],
}

/** Median, min and max of numeric samples; a text sample (n/a, an error) stands for the figure. */
export function summarize(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value))
  if (numbers.length < values.length) {
    const text = values.find((value) => typeof value !== 'number')
    if (numbers.length === 0) return { value: String(text), runs: values }
  }
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  const round = (value) => Math.round(value * 100) / 100
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    runs: values.map((value) => (typeof value === 'number' ? round(value) : value)),
  }
}

function cell(figure, decimals) {
  if (!figure) return ''
  if (figure.median === undefined) return figure.value
  const f = (value) => value.toFixed(decimals)
  return figure.min === figure.max
    ? f(figure.median)
    : `${f(figure.median)} (${f(figure.min)}–${f(figure.max)})`
}

function responsiveTable(responsive) {
  const columns = Object.entries(RESPONSIVE_FIGURES)
  const header = [
    'responsive: workload',
    ...columns.map(([, [label, unit]]) => (unit ? `${label} [${unit}]` : label)),
  ]
  const rows = [header]
  for (const [name, label] of Object.entries(RESPONSIVE_WORKLOADS))
    rows.push([
      label,
      ...columns.map(([suffix, [, , decimals]]) =>
        cell(responsive.figures[`${name}${suffix}`], decimals),
      ),
    ])
  const loads = responsive.runs.map((run) => run.loadAverage.join(' ')).join('; ')
  return [...lines(rows), `load average (1, 5, 15 min) at each run's start: ${loads}`]
}

function lines(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (row) => `| ${row.map((text, column) => text.padEnd(widths[column])).join(' | ')} |`
  return [line(rows[0]), line(widths.map((width) => '-'.repeat(width))), ...rows.slice(1).map(line)]
}

export function formatTable(results) {
  const sizes = Object.keys(results.sizes)
  const header = ['figure', ...sizes.map((size) => `${size} (${results.sizes[size].items} items)`)]
  const rows = [header]
  for (const [name, [label, unit, decimals]] of Object.entries(FIGURES)) {
    if (!sizes.some((size) => results.sizes[size].figures[name])) continue
    rows.push([
      unit ? `${label} [${unit}]` : label,
      ...sizes.map((size) => cell(results.sizes[size].figures[name], decimals)),
    ])
  }
  const { machine, bundle } = results
  return [
    `${results.date} · ${machine.cpu}, ${machine.cores} cores · Chromium ${machine.chromium} · ` +
      `median (min–max) of ${results.runs} run(s); print, .docx, find & replace, phrase search and ` +
      `import on ${results.extrasSize}`,
    ...lines(rows),
    `initial JS ${bundle.initialJsKb} KB gzip, CSS ${bundle.initialCssKb} KB gzip: ${bundle.initialFiles.join(', ')}`,
    ...sizes.map(
      (size) =>
        `opening ${size} also loads: ${results.sizes[size].openLoads.map((file) => `${file} (${bundle.gzipKb[file]} KB)`).join(', ') || 'nothing'}`,
    ),
    ...(results.responsive ? ['', ...responsiveTable(results.responsive)] : []),
  ].join('\n')
}
