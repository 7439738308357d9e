/**
 * The pure part of the virtual lists (outline tree, document): which items to render for a
 * scroll position, and the spacers that stand in for the rest. Items render in normal flow
 * between spacers, so a row that grows (a hovered long title, an item being edited) pushes the
 * rest down as before and the browser's scroll anchoring keeps the view still.
 */

/** Items rendered in a run, or the space of the items left out. `end` is exclusive. */
export type Segment =
  | { kind: 'items'; start: number; end: number }
  | { kind: 'gap'; start: number; end: number; size: number }

/** offsets[i] = top of item i; offsets[count] = the list's height. */
export function prefixOffsets(count: number, sizeOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1)
  for (let index = 0; index < count; index++) offsets[index + 1] = offsets[index] + sizeOf(index)
  return offsets
}

/** The index of the item covering `position` (clamped to the list). */
export function indexAt(offsets: Float64Array, position: number): number {
  const count = offsets.length - 1
  if (count <= 0) return 0
  let low = 0
  let high = count - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (offsets[middle] <= position) low = middle
    else high = middle - 1
  }
  return low
}

/** Items that overlap [top - overscan, bottom + overscan], as a half-open range. */
export function windowRange(
  offsets: Float64Array,
  top: number,
  bottom: number,
  overscan: number,
): { start: number; end: number } {
  const count = offsets.length - 1
  if (count <= 0) return { start: 0, end: 0 }
  const start = indexAt(offsets, Math.max(0, top - overscan))
  const end = Math.min(count, indexAt(offsets, Math.max(0, bottom + overscan)) + 1)
  return { start, end }
}

/**
 * The segments for a window plus pinned items (the selected row, the item being edited), which
 * render wherever they are so that focus and the one live editor never lose their element.
 */
export function segmentsFor(
  offsets: Float64Array,
  range: { start: number; end: number },
  pinned: readonly number[],
): Segment[] {
  const count = offsets.length - 1
  const runs: { start: number; end: number }[] = []
  if (range.end > range.start) runs.push({ start: range.start, end: range.end })
  for (const index of pinned)
    if (index >= 0 && index < count) runs.push({ start: index, end: index + 1 })
  runs.sort((a, b) => a.start - b.start)
  const merged: { start: number; end: number }[] = []
  for (const run of runs) {
    const last = merged.at(-1)
    if (last && run.start <= last.end) last.end = Math.max(last.end, run.end)
    else merged.push({ ...run })
  }
  const segments: Segment[] = []
  let cursor = 0
  const gap = (start: number, end: number) => {
    if (end > start) segments.push({ kind: 'gap', start, end, size: offsets[end] - offsets[start] })
  }
  for (const run of merged) {
    gap(cursor, run.start)
    segments.push({ kind: 'items', start: run.start, end: run.end })
    cursor = run.end
  }
  gap(cursor, count)
  return segments
}

/** Whether two ranges are the same (a scroll that keeps the range re-renders nothing). */
export const sameRange = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start === b.start && a.end === b.end
