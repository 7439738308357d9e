import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import type { ExportBlock } from '../../domain/export/exportModel'
import type { PrintSettings } from '../../domain/export/exportOptions'
import { isTitleLine } from '../../domain/export/plainText'
import { linesPerPage, paginate, type MeasuredBlock } from '../../domain/export/paginate'
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

/** How each block keeps together, from its kind. */
function measuredBlocks(blocks: readonly ExportBlock[], lines: readonly number[]): MeasuredBlock[] {
  const lastTitleLine = blocks.findLastIndex(isTitleLine)
  return blocks.map((block, index) => ({
    lines: lines[index] ?? 1,
    keepWithNext: block.kind === 'heading',
    keepFirstTwoLines: block.kind === 'runIn',
    linesAfter: index === lastTitleLine ? 1 : 0,
  }))
}

/**
 * The plan on A4 sheets. Every block is measured once in a hidden column as wide as the type area;
 * pages are then cut by line count, so the screen shows the breaks the printer will print (the
 * printout is these very sheets).
 */
export function PrintPages({
  blocks,
  settings,
  onPageCount,
}: {
  blocks: readonly ExportBlock[]
  settings: PrintSettings
  onPageCount?: (count: number) => void
}) {
  const measureRef = useRef<HTMLDivElement>(null)
  const [measured, setMeasured] = useState<{ blocks: readonly ExportBlock[]; lines: number[] }>()

  useLayoutEffect(() => {
    const container = measureRef.current
    if (!container) return
    let cancelled = false
    const measure = () => {
      if (cancelled) return
      const pitchPx = settings.linePitchPt * PX_PER_PT
      const lines = Array.from(container.children, (element) =>
        Math.max(1, Math.round(element.getBoundingClientRect().height / pitchPx)),
      )
      // Same lines as before: keep the old array, so the sheets are not rebuilt.
      setMeasured((previous) =>
        previous?.blocks === blocks && sameLines(previous.lines, lines)
          ? previous
          : { blocks, lines },
      )
    }
    measure()
    // Fonts still loading change line counts once they arrive: measure again then.
    if (document.fonts && document.fonts.status !== 'loaded')
      void document.fonts.ready.then(measure)
    return () => {
      cancelled = true
    }
  }, [blocks, settings.linePitchPt, settings.boldLevel2, settings.boldLevel3])

  // No sheets until this set of blocks is measured: a guess would only be laid out and thrown away.
  const lines = measured?.blocks === blocks ? measured.lines : undefined
  const pages = useMemo(
    () =>
      lines
        ? paginate(
            measuredBlocks(blocks, lines),
            linesPerPage(TYPE_AREA_MM.height, settings.linePitchPt),
          )
        : [],
    [blocks, lines, settings.linePitchPt],
  )

  useLayoutEffect(() => onPageCount?.(pages.length), [pages.length, onPageCount])

  const measureColumn = useMemo(
    () => blocks.map((block, index) => <PrintBlock key={index} block={block} />),
    [blocks],
  )
  const sheets = useMemo(
    () =>
      pages.map((page, pageIndex) => (
        <section
          key={pageIndex}
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
      )),
    [blocks, pages],
  )

  return (
    <>
      <div
        className={sheetClass(settings)}
        style={sheetStyle(settings)}
        data-ready={lines !== undefined}
      >
        {sheets}
      </div>
      <div
        ref={measureRef}
        className={`${textClass(settings)} print-measure`}
        style={sheetStyle(settings)}
        aria-hidden="true"
      >
        {measureColumn}
      </div>
    </>
  )
}

function sameLines(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index])
}
