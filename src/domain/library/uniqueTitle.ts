/** A title not among `taken`: the title itself, else `标题（2）`, `标题（3）`, … */
export function uniqueTitle(title: string, taken: Iterable<string>): string {
  const titles = new Set(taken)
  const base = title.trim()
  if (!titles.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}（${n}）`
    if (!titles.has(candidate)) return candidate
  }
}
