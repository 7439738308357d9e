import { useEffect, useState } from 'react'

/**
 * `value` once it has stayed the same for `delay` ms (the first value at once): the check panel
 * re-checks after a pause in typing, not on each of the draft writes made every 250 ms.
 */
export function useSettledValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (settled === undefined) {
      setSettled(value)
      return
    }
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay, settled])
  return settled
}
