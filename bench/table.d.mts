/** name → [label, unit, decimals], in the table's order (see table.mjs). */
export const FIGURES: Record<string, [label: string, unit: string, decimals: number]>
export function summarize(values: (number | string)[]): unknown
export function formatTable(results: unknown): string
