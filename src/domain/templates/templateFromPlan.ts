import { closingFieldsOf } from '../outline/planClosing'
import type { OutlineNode, Plan } from '../outline/types'
import { mapDocText } from './mapDocText'
import { templateCounts } from './templateCounts'
import type { Template, TemplateClosing, TemplateKind } from './types'

export interface TemplateOptions {
  name: string
  kind: TemplateKind
  description: string
  /** Keep the bodies (正文), or the outline (titles) only. */
  withBodies: boolean
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The plan's own unit and year as the named fields `{{单位}}` / `{{年度}}`, so a plan made from
 * the template gets the new unit and year there: `某某镇总工会` → `{{单位}}`, `2026年` →
 * `{{年度}}年` (a year followed by 年 only; `2026—2028年` and other years stay as written).
 */
export function namedFieldsOf(plan: Pick<Plan, 'unit' | 'year'>): (text: string) => string {
  const unit = plan.unit.trim()
  const unitPattern = unit.length >= 2 ? new RegExp(escapeRegExp(unit), 'g') : null
  const yearPattern = new RegExp(`(?<![\\d—–-])${plan.year}年`, 'g')
  return (text) => {
    const withUnit = unitPattern ? text.replace(unitPattern, '{{单位}}') : text
    return withUnit.replace(yearPattern, '{{年度}}年')
  }
}

/**
 * The plan's 主送, 附件说明, 落款 and 成文日期 for a template, its unit and year as named fields;
 * undefined when it has none.
 */
export function templateClosingOf(
  plan: Plan,
  named: (text: string) => string,
): TemplateClosing | undefined {
  const { recipient, attachments, signature, issuedOn } = closingFieldsOf(plan)
  const closing: TemplateClosing = {
    ...(recipient && { recipient: named(recipient) }),
    ...(attachments && { attachments: attachments.map(named) }),
    ...(signature && { signature: named(signature) }),
    ...(issuedOn && { issuedOn, year: plan.year }),
  }
  return Object.keys(closing).length > 0 ? closing : undefined
}

/**
 * 另存为模板: a copy of the plan's outline (and bodies, if asked) and its closing fields as a
 * template of the user's.
 */
export function templateFromPlan(
  plan: Plan,
  nodes: readonly OutlineNode[],
  options: TemplateOptions,
  ids: { id: string; now: number },
): Template {
  const named = namedFieldsOf(plan)
  const preamble = options.withBodies ? mapDocText(plan.preamble, named) : null
  const templateNodes = nodes.map(({ id, parentId, orderKey, title, body }) => ({
    id,
    parentId,
    orderKey,
    title: named(title),
    body: options.withBodies ? mapDocText(body, named) : null,
  }))
  const planTitle = named(plan.title)
  const closing = templateClosingOf(plan, named)
  return {
    id: ids.id,
    name: options.name.trim(),
    kind: options.kind,
    description: options.description.trim(),
    planTitle: planTitle.includes('{{') ? planTitle : '{{单位}}{{年度}}年工作计划',
    numbering: { ...plan.numbering },
    preamble,
    nodes: templateNodes,
    withBodies: options.withBodies,
    ...(closing && { closing }),
    createdAt: ids.now,
    updatedAt: ids.now,
    ...templateCounts({ preamble, nodes: templateNodes, closing }),
  }
}

export const TEMPLATE_NAME_MAX = 60

/** A template's name as typed: a Chinese message, or null when it is fine. */
export function templateNameError(name: string): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return '模板名称不能为空'
  if (trimmed.length > TEMPLATE_NAME_MAX) return `模板名称不能超过 ${TEMPLATE_NAME_MAX} 个字`
  return null
}
