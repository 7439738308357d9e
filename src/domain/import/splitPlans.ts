/** 【篇一】 / 【篇二】 (also 【范文一】, [第一篇]) and whatever follows it on the line. */
export interface PlanMarker {
  /** 篇一, 范文二 … as written inside the brackets. */
  name: string
  /** Text after the marker on the same line (a title, sometimes). */
  rest: string
}

const MARKER =
  /^[【[［]\s*((?:篇|范文|範文|样本|樣本|例文|第)\s*[一二三四五六七八九十百\d]+\s*篇?)\s*[】\]］]\s*(.*)$/

/** The marker that starts a new sample plan on template sites, or null. */
export function planMarker(text: string): PlanMarker | null {
  const first = text[0]
  if (first !== '【' && first !== '[' && first !== '［') return null
  const match = MARKER.exec(text)
  return match ? { name: match[1].replace(/\s/g, ''), rest: match[2] } : null
}

export interface PlanSegment<T> {
  marker: PlanMarker | null
  /** The lines of this plan, the marker line first when there is one. */
  lines: T[]
}

/**
 * Splits lines at plan markers. The lines before the first marker are segment 0 (marker null);
 * with no marker at all, everything is one segment.
 */
export function splitPlans<T>(lines: T[], textOf: (line: T) => string): PlanSegment<T>[] {
  const segments: PlanSegment<T>[] = [{ marker: null, lines: [] }]
  for (const line of lines) {
    const marker = planMarker(textOf(line))
    if (marker) segments.push({ marker, lines: [line] })
    else segments[segments.length - 1].lines.push(line)
  }
  return segments
}
