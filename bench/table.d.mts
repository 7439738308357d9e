/** name → [label, unit, decimals], in the table's order (see table.mjs). */
export const FIGURES: Record<string, [label: string, unit: string, decimals: number]>
/** The responsive step's workloads: name → what is timed. */
export const RESPONSIVE_WORKLOADS: Record<string, string>
/** A workload's figures by suffix (`${workload}${suffix}`): [label, unit, decimals]. */
export const RESPONSIVE_FIGURES: Record<string, [label: string, unit: string, decimals: number]>
export function summarize(values: (number | string)[]): unknown
export function formatTable(results: unknown): string
