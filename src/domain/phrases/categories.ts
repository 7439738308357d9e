import type { PhraseCategory } from './types'

/** Built-in categories, with stable ids so upgrades and imports can find them. */
export const BUILTIN_CATEGORIES = [
  { id: 'cat-guiding', name: '指导思想/总体思路' },
  { id: 'cat-theme', name: '主题主线' },
  { id: 'cat-goals', name: '工作目标' },
  { id: 'cat-verbs', name: '动词搭配' },
  { id: 'cat-economy', name: '经济建设与建功立业' },
  { id: 'cat-rights', name: '维护权益与劳动关系' },
  { id: 'cat-welfare', name: '帮扶与民生' },
  { id: 'cat-workforce', name: '队伍与素质建设' },
  { id: 'cat-organization', name: '组织与自身建设' },
  { id: 'cat-congress', name: '人大履职与监督' },
  { id: 'cat-safeguards', name: '保障措施' },
  { id: 'cat-closing', name: '结尾' },
  { id: 'cat-mine', name: '我的常用语' },
] as const

export type BuiltinCategoryId = (typeof BUILTIN_CATEGORIES)[number]['id']

/** Where user phrases go unless the user picks another category. */
export const MY_PHRASES_CATEGORY_ID: BuiltinCategoryId = 'cat-mine'

export function builtinCategoryRows(): PhraseCategory[] {
  return BUILTIN_CATEGORIES.map((category, index) => ({
    id: category.id,
    name: category.name,
    order: index,
    builtin: true,
  }))
}

/** Categories in display order: built-ins first (by order), then the user's own by order. */
export function sortCategories(categories: PhraseCategory[]): PhraseCategory[] {
  return [...categories].sort(
    (a, b) => Number(a.builtin === false) - Number(b.builtin === false) || a.order - b.order,
  )
}

/** Validates a category name; returns a Chinese error message or null. */
export function categoryNameError(name: string, existing: PhraseCategory[], selfId?: string) {
  const trimmed = name.trim()
  if (trimmed === '') return '分类名称不能为空'
  if (trimmed.length > 20) return '分类名称不能超过 20 个字'
  if (existing.some((category) => category.id !== selfId && category.name === trimmed))
    return `已有名为“${trimmed}”的分类`
  return null
}
