/**
 * Every size limit the app enforces on what comes in (files, pastes, backups, plans), in one
 * place, each with the Chinese words its refusal uses. Work over a limit is refused with a clear
 * message and changes nothing; code that walks input never recurses deeper than these allow.
 */
export const LIMITS = {
  /** Levels of the outline: 一、（一）1.（1）① and seven more are far past any real plan. */
  outlineDepth: 12,
  /** Items (nodes) in one plan. */
  itemsPerPlan: 20_000,
  /**
   * Nesting of the objects in one body: doc > paragraph > text is 3, a mark on the text 4, a list
   * item's paragraph from another editor 6 or 7.
   */
  bodyNesting: 16,
  /** Lines in one text import. */
  importLines: 100_000,
  /** Bytes of a text or .docx file to import. */
  importBytes: 20 * 1024 * 1024,
  /** Bytes one .docx entry may inflate to (word/document.xml and its like). */
  docxEntryInflatedBytes: 32 * 1024 * 1024,
  /** Nesting of XML elements in a .docx part (tables in tables in text boxes stay far below). */
  docxNesting: 256,
  /** Bytes of a backup or plan JSON file. */
  backupBytes: 200 * 1024 * 1024,
  /** Items in one backup file, over all its plans (versions not counted). */
  backupItems: 200_000,
  /** Free storage (quota less usage, as the browser estimates it) below which the app warns. */
  storageWarnFreeBytes: 200 * 1024 * 1024,
  /** Characters of the name shown to colleagues in 团队协作 (longer names from the network are cut). */
  teamNameLength: 20,
} as const

export type LimitName = keyof typeof LIMITS

/** What each limit is called in a message: 「大纲层级超过 12 层」. */
export const LIMIT_WORDS: Record<LimitName, { what: string; unit: string }> = {
  outlineDepth: { what: '大纲层级', unit: '层' },
  itemsPerPlan: { what: '一个计划的条目', unit: '条' },
  bodyNesting: { what: '正文格式的嵌套', unit: '层' },
  importLines: { what: '导入的文本', unit: '行' },
  importBytes: { what: '导入的文件', unit: '字节' },
  docxEntryInflatedBytes: { what: 'Word 文件解压后的内容', unit: '字节' },
  docxNesting: { what: 'Word 文件内容的嵌套', unit: '层' },
  backupBytes: { what: '备份文件', unit: '字节' },
  backupItems: { what: '备份中的条目', unit: '条' },
  storageWarnFreeBytes: { what: '剩余存储空间', unit: '字节' },
  teamNameLength: { what: '名字', unit: '个字' },
}

function formatAmount(name: LimitName): string {
  const value = LIMITS[name]
  if (LIMIT_WORDS[name].unit === '字节') {
    return `${Math.round(value / (1024 * 1024))} MB`
  }
  return `${value.toLocaleString('zh-CN')} ${LIMIT_WORDS[name].unit}`
}

/** What is over which limit, for a message that adds its own ending: 「大纲层级超过 12 层」. */
export function overLimitReason(name: LimitName): string {
  return `${LIMIT_WORDS[name].what}超过 ${formatAmount(name)}`
}

/** The refusal for input over a limit: 「大纲层级超过 12 层，无法导入。未做任何更改。」 */
export function overLimitMessage(name: LimitName, action = '导入'): string {
  return `${overLimitReason(name)}，无法${action}。未做任何更改。`
}

/** Thrown where work meets a limit deep inside a reader; its message is the Chinese refusal. */
export class OverLimitError extends Error {
  constructor(
    readonly limit: LimitName,
    action = '导入',
  ) {
    super(overLimitMessage(limit, action))
    this.name = 'OverLimitError'
  }
}

/** What is over the limit, without the refusal (the backup reader's name for overLimitReason). */
export const overLimitWords = overLimitReason
