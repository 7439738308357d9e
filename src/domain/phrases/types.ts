/** A standard formulation (规范提法 / 常用语). `××` marks a slot to fill. */
export interface Phrase {
  id: string
  text: string
  categoryId: string
  /** Set on built-in phrases: stable key across app versions, so upgrades find them. */
  builtinKey?: string
  /** The user changed a built-in's text or category: upgrades leave it alone. */
  userEdited?: boolean
  hidden?: boolean
  favorite?: boolean
  useCount: number
  lastUsedAt: number
  createdAt: number
}

export interface PhraseCategory {
  id: string
  name: string
  order: number
  /** Built-in categories cannot be renamed away or deleted. */
  builtin: boolean
}
