import { closingFieldsOf, shiftIssuedDate, type PlanClosingFields } from '../outline/planClosing'
import { remapIds } from '../outline/remapIds'
import type { NumberingSettings, OutlineNode, RichDoc } from '../outline/types'
import { fillNamedSlots, fillNamedSlotsInDoc, planSlotValues } from '../phrases/namedSlots'
import type { Template } from './types'

/** The new plan's title from the template's pattern: `{{单位}}{{年度}}年工作计划` filled. */
export function templatePlanTitle(
  template: Pick<Template, 'planTitle'>,
  fields: { unit: string; year: number },
): string {
  return fillNamedSlots(template.planTitle, planSlotValues(fields))
}

export interface PlanContent {
  numbering: NumberingSettings
  preamble: RichDoc | null
  nodes: OutlineNode[]
  /** 主送, 附件说明, 落款, 成文日期 (the fields the template has; none: empty). */
  closing: PlanClosingFields
}

/**
 * 从模板新建: the template's outline (and bodies) as the rows of a new plan under fresh ids, with
 * `{{单位}}` and `{{年度}}` filled with the unit and year asked for; other slots (`××`, `xx`,
 * `20xx`, `{{负责人}}`) stay for the writer to fill. The closing fields come too, the 成文日期
 * moved by as many years as the new plan's year is after the template's.
 */
export function planFromTemplate(
  template: Template,
  fields: { unit: string; year: number },
  planId: string,
  newId: () => string,
): PlanContent {
  const values = planSlotValues(fields)
  const nodes = remapIds(template.nodes, planId, newId).map((node) => ({
    id: node.id,
    planId: node.planId,
    parentId: node.parentId,
    orderKey: node.orderKey,
    title: fillNamedSlots(node.title, values),
    body: fillNamedSlotsInDoc(node.body, values),
  }))
  const source = template.closing ?? {}
  const closing = closingFieldsOf({
    recipient: source.recipient && fillNamedSlots(source.recipient, values),
    attachments: source.attachments?.map((name) => fillNamedSlots(name, values)),
    signature: source.signature && fillNamedSlots(source.signature, values),
    issuedOn:
      source.issuedOn &&
      shiftIssuedDate(source.issuedOn, fields.year - (source.year ?? fields.year)),
  })
  return {
    numbering: { ...template.numbering },
    preamble: fillNamedSlotsInDoc(template.preamble, values),
    nodes,
    closing,
  }
}
