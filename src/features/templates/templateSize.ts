import type { Template } from '../../domain/templates/types'

/** 21 个条目 · 5,432 字 · 含正文 */
export function templateSize(template: Template): string {
  return [
    `${template.itemCount} 个条目`,
    `${template.charCount.toLocaleString('zh-CN')} 字`,
    template.withBodies ? '含正文' : '仅大纲',
  ].join(' · ')
}
