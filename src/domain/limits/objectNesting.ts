/**
 * How deeply objects nest in a JSON value (a bare object is 1; arrays add nothing, so
 * doc > paragraph > text is 3), counted with a stack of its own rather than recursion. Stops as
 * soon as it passes `max` and returns `max + 1`, so a body nested 100,000 deep costs no more than
 * one nested `max + 1` deep.
 */
export function objectNesting(value: unknown, max: number): number {
  let deepest = 0
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number }
    if (typeof current !== 'object' || current === null) continue
    const level = Array.isArray(current) ? depth : depth + 1
    if (level > max) return max + 1
    if (level > deepest) deepest = level
    for (const child of Array.isArray(current) ? current : Object.values(current))
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: level })
  }
  return deepest
}
