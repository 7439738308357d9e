import { BUILTIN_TEMPLATE_KEYS } from './builtinTemplatesVersion'
import type { Template, TemplateKind } from './types'

const builtinOrder = (template: Template) => {
  const index = (BUILTIN_TEMPLATE_KEYS as readonly string[]).indexOf(template.builtinKey ?? '')
  return index === -1 ? BUILTIN_TEMPLATE_KEYS.length : index
}

/** The gallery's order: built-ins as the app lists them, then the user's own, newest first. */
export function sortTemplates(templates: readonly Template[]): {
  builtin: Template[]
  own: Template[]
} {
  return {
    builtin: templates
      .filter((template) => template.builtinKey !== undefined)
      .sort((a, b) => builtinOrder(a) - builtinOrder(b)),
    own: templates
      .filter((template) => template.builtinKey === undefined)
      .sort((a, b) => b.updatedAt - a.updatedAt),
  }
}

/** The kind a plan's unit suggests (the save dialog's first choice). */
export function guessTemplateKind(unit: string): TemplateKind {
  if (unit.includes('工会')) return '工会'
  if (unit.includes('人大')) return '人大'
  if (/政府|局|委员会|办公室|街道/.test(unit)) return '政府'
  return '通用'
}
