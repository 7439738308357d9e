import type { PlanClosingFields } from '../outline/planClosing'
import type { NumberingSettings, RichDoc } from '../outline/types'

/** What kind of office a template is written for (the gallery groups and labels by it). */
export const TEMPLATE_KINDS = ['工会', '人大', '政府', '通用'] as const
export type TemplateKind = (typeof TEMPLATE_KINDS)[number]

/** One item of a template's outline: a plan node without its plan (flat, parent and order key). */
export interface TemplateNode {
  id: string
  parentId: string | null
  orderKey: string
  title: string
  body: RichDoc | null
}

/**
 * 主送, 附件说明, 落款 and 成文日期 a plan made from the template starts with; text may hold
 * `{{单位}}` / `{{年度}}` as the outline does.
 */
export interface TemplateClosing extends PlanClosingFields {
  /**
   * The plan year the 成文日期 was written for: a plan made from the template for a later (or
   * earlier) year has its date moved by as many years.
   */
  year?: number
}

/**
 * A model plan to start from (模板). Built-ins carry `builtinKey` and `builtinVersion` and are
 * replaced when the app brings a newer set; the user's own templates have neither and are never
 * touched by an upgrade. Text may hold slots (`××`, `xx`, `20xx`) and the named fields
 * `{{单位}}` / `{{年度}}`, which creating a plan fills with the unit and year asked for.
 */
export interface Template {
  id: string
  name: string
  kind: TemplateKind
  description: string
  /** The new plan's title, with named fields: `{{单位}}{{年度}}年工作计划`. */
  planTitle: string
  numbering: NumberingSettings
  preamble: RichDoc | null
  nodes: TemplateNode[]
  /** Whether the template holds the bodies (正文) or the outline only. */
  withBodies: boolean
  /** Absent when the plan it was saved from had none (and in the built-ins). */
  closing?: TemplateClosing
  createdAt: number
  updatedAt: number
  /** Items (nodes) and characters (titles, preamble, bodies), for the gallery. */
  itemCount: number
  charCount: number
  builtinKey?: string
  builtinVersion?: number
}

/** A built-in template as the app ships it (the stored row adds id, times and counts). */
export type BuiltinTemplate = Omit<
  Template,
  'id' | 'createdAt' | 'updatedAt' | 'itemCount' | 'charCount' | 'builtinKey' | 'builtinVersion'
> & { key: string }
