/** A new random id for a plan, node, phrase or category. */
export const newId = (): string => crypto.randomUUID()
