/**
 * Key names that reach an object's prototype when code copies or indexes by them
 * (`target[key] = …`, `Object.assign`): a file that has them is refused, never merged.
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export type ScanProblem = { kind: 'unsafeKey'; key: string } | { kind: 'tooDeep' }

/**
 * Walk a value from JSON.parse without recursion (a hostile file may nest a million levels):
 * the first unsafe key name, or an object or array nested deeper than `maxDepth` (the value
 * itself is level 1), or null when it is fine.
 */
export function scanJson(value: unknown, maxDepth: number): ScanProblem | null {
  if (typeof value !== 'object' || value === null) return null
  const values: object[] = [value]
  const depths: number[] = [1]
  while (values.length) {
    const current = values.pop() as object
    const depth = depths.pop() as number
    if (depth > maxDepth) return { kind: 'tooDeep' }
    const push = (child: unknown) => {
      if (typeof child !== 'object' || child === null) return
      values.push(child)
      depths.push(depth + 1)
    }
    if (Array.isArray(current)) {
      for (const child of current) push(child)
      continue
    }
    for (const key of Object.keys(current)) {
      if (UNSAFE_KEYS.has(key)) return { kind: 'unsafeKey', key }
      push((current as Record<string, unknown>)[key])
    }
  }
  return null
}
