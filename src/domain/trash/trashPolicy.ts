/** A deleted plan stays in the trash (回收站) this long, then is purged at start-up. */
export const TRASH_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/** The time before which a plan's `deletedAt` means it is due for purging. */
export const trashCutoff = (now: number) => now - TRASH_DAYS * DAY_MS

/** Days, rounded up, until a plan deleted at `deletedAt` is purged (30 just after deleting). */
export function trashDaysLeft(deletedAt: number, now: number): number {
  return Math.max(0, Math.ceil((deletedAt + TRASH_DAYS * DAY_MS - now) / DAY_MS))
}
