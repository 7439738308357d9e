/** "今天 14:05", "昨天 09:30" or "2026-03-01 10:00", for the plan list. */
export function formatEditedTime(time: number, now = Date.now()): string {
  const date = new Date(time)
  const pad = (value: number) => String(value).padStart(2, '0')
  const clock = `${pad(date.getHours())}:${pad(date.getMinutes())}`
  const startOfToday = new Date(now)
  startOfToday.setHours(0, 0, 0, 0)
  if (time >= startOfToday.getTime()) return `今天 ${clock}`
  if (time >= startOfToday.getTime() - 86_400_000) return `昨天 ${clock}`
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${clock}`
}
