import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react'
import type { ExportBlock } from '../../domain/export/exportModel'
import type { PrintSettings } from '../../domain/export/exportOptions'
import { blankLineBefore } from '../../domain/export/closingBlocks'
import { isTitleLine } from '../../domain/export/plainText'
import { linesPerPage, paginate, type MeasuredBlock, type Page } from '../../domain/export/paginate'
import { CSS_FONT_STACKS, TYPE_AREA_MM } from '../../domain/export/pageLayout'
import { PrintBlock } from './PrintBlock'
import './printPreview.css'

const PX_PER_PT = 96 / 72

/** Font stacks and the line pitch as CSS variables, read by print-preview.css. */
function sheetStyle(settings: PrintSettings): CSSProperties {
  return {
    '--pp-pitch': `${settings.linePitchPt}pt`,
    '--pp-font-fangsong': CSS_FONT_STACKS.fangsong,
    '--pp-font-kai': CSS_FONT_STACKS.kai,
    '--pp-font-hei': CSS_FONT_STACKS.hei,
    '--pp-font-title': CSS_FONT_STACKS.title,
    '--pp-font-song': CSS_FONT_STACKS.song,
  } as CSSProperties
}

/** Classes that change how text lays out (the measuring column has these and nothing else). */
function textClass(settings: PrintSettings): string {
  return ['pp-root', settings.boldLevel2 ? 'pp-bold-2' : '', settings.boldLevel3 ? 'pp-bold-3' : '']
    .filter(Boolean)
    .join(' ')
}

function sheetClass(settings: PrintSettings): string {
  const numbers = settings.pageNumbers === 'centre' ? 'pp-numbers-centre' : 'pp-numbers-outside'
  return `print-sheets ${textClass(settings)} ${numbers}`
}

/** Blocks measured in one go (the first chunk is small: it is what the first pages wait for). */
const FIRST_CHUNK = 40
const CHUNK = 150
const NOTHING_MEASURED: readonly number[] = []

/** How each measured block keeps together, from its kind (`lines`: the measured prefix). */
function measuredBlocks(blocks: readonly ExportBlock[], lines: readonly number[]): MeasuredBlock[] {
  const lastTitleLine = blocks.findLastIndex(isTitleLine)
  return lines.map((count, index) => ({
    lines: count,
    // The 署名 stays on the page of its date.
    keepWithNext: blocks[index].kind === 'heading' || blocks[index].kind === 'signature',
    keepFirstTwoLines: blocks[index].kind === 'runIn',
    // One empty line after the title lines, and before the 附件说明 and the 署名.
    linesAfter: index === lastTitleLine || blankLineBefore(blocks[index + 1]) ? 1 : 0,
  }))
}

const sameFragments = (a: Page, b: Page) =>
  a.length === b.length &&
  a.every(
    (fragment, index) =>
      fragment.blockIndex === b[index].blockIndex &&
      fragment.fromLine === b[index].fromLine &&
      fragment.lineCount === b[index].lineCount &&
      fragment.atLine === b[index].atLine,
  )

/** One A4 sheet; not rendered again when a later chunk leaves its fragments as they were. */
const PrintSheet = memo(
  function PrintSheet({
    page,
    pageIndex,
    blocks,
  }: {
    page: Page
    pageIndex: number
    blocks: readonly ExportBlock[]
  }) {
    return (
      <section
        className={`print-page ${pageIndex % 2 === 0 ? 'pp-odd' : 'pp-even'}`}
        aria-label={`第 ${pageIndex + 1} 页`}
      >
        <div className="print-type-area">
          {page.map((fragment) => (
            <div
              key={`${fragment.blockIndex}-${fragment.fromLine}`}
              className="pp-fragment"
              aria-hidden={fragment.fromLine > 0 || undefined}
              style={{
                top: `calc(var(--pp-pitch) * ${fragment.atLine})`,
                height: `calc(var(--pp-pitch) * ${fragment.lineCount})`,
              }}
            >
              <div style={{ marginTop: `calc(var(--pp-pitch) * ${-fragment.fromLine})` }}>
                <PrintBlock block={blocks[fragment.blockIndex]} />
              </div>
            </div>
          ))}
        </div>
        <div className="print-page-number">— {pageIndex + 1} —</div>
      </section>
    )
  },
  (before, after) =>
    before.blocks === after.blocks &&
    before.pageIndex === after.pageIndex &&
    sameFragments(before.page, after.page),
)

/**
 * The plan on A4 sheets. Blocks are measured in a hidden column as wide as the type area, a chunk
 * at a time; pages are cut by line count, so the screen shows the breaks the printer will print
 * (the printout is these very sheets). The first chunk's pages show at once; later chunks follow
 * after yielding to input, so a long plan never blocks the page while it lays out. A page is shown
 * once no later block can change it (the last two pages of a partial measure can: a heading at the
 * end keeps with what follows it); `data-ready` is set when every page is there.
 */
export function PrintPages({
  blocks,
  settings,
  onPageCount,
}: {
  blocks: readonly ExportBlock[]
  settings: PrintSettings
  /** Pages shown so far, and whether that is every page. */
  onPageCount?: (count: number, complete: boolean) => void
}) {
  const measureRef = useRef<HTMLDivElement>(null)
  // Fonts still loading change line counts once they arrive: everything is measured again then.
  const [fontsEpoch, setFontsEpoch] = useState(0)
  useEffect(() => {
    if (!document.fonts || document.fonts.status === 'loaded') return
    let cancelled = false
    void document.fonts.ready.then(() => !cancelled && setFontsEpoch((epoch) => epoch + 1))
    return () => {
      cancelled = true
    }
  }, [])
  const layoutKey = `${settings.linePitchPt}|${settings.boldLevel2}|${settings.boldLevel3}|${fontsEpoch}`
  const [progress, setProgress] = useState<{
    blocks: readonly ExportBlock[]
    layoutKey: string
    lines: readonly number[]
  }>()
  const lines =
    progress?.blocks === blocks && progress.layoutKey === layoutKey
      ? progress.lines
      : NOTHING_MEASURED
  const measuredCount = lines.length
  const complete = measuredCount >= blocks.length
  const chunk = useMemo(
    () => blocks.slice(measuredCount, measuredCount + (measuredCount === 0 ? FIRST_CHUNK : CHUNK)),
    [blocks, measuredCount],
  )

  useLayoutEffect(() => {
    const container = measureRef.current
    if (complete || !container) return
    const pitchPx = settings.linePitchPt * PX_PER_PT
    const measured = Array.from(container.children, (element) =>
      Math.max(1, Math.round(element.getBoundingClientRect().height / pitchPx)),
    )
    const next = { blocks, layoutKey, lines: [...lines, ...measured] }
    // The first chunk before the first paint; each later one after a task boundary (input first).
    if (measuredCount === 0) {
      setProgress(next)
      return
    }
    const timer = setTimeout(() => setProgress(next), 0)
    return () => clearTimeout(timer)
  }, [blocks, layoutKey, lines, measuredCount, complete, settings.linePitchPt])

  const perPage = linesPerPage(TYPE_AREA_MM.height, settings.linePitchPt)
  const pages = useMemo(
    () => (complete || measuredCount > 0 ? paginate(measuredBlocks(blocks, lines), perPage) : []),
    [blocks, lines, perPage, complete, measuredCount],
  )
  const shown = complete ? pages : pages.slice(0, Math.max(0, pages.length - 2))

  useLayoutEffect(
    () => onPageCount?.(shown.length, complete),
    [shown.length, complete, onPageCount],
  )

  return (
    <>
      <div className={sheetClass(settings)} style={sheetStyle(settings)} data-ready={complete}>
        {shown.map((page, pageIndex) => (
          <PrintSheet key={pageIndex} page={page} pageIndex={pageIndex} blocks={blocks} />
        ))}
      </div>
      <div
        ref={measureRef}
        className={`${textClass(settings)} print-measure`}
        style={sheetStyle(settings)}
        aria-hidden="true"
      >
        {chunk.map((block, index) => (
          <PrintBlock key={measuredCount + index} block={block} />
        ))}
      </div>
    </>
  )
}
