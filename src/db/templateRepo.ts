import { newId } from '../domain/newId'
import { closingProblem } from '../domain/outline/planClosing'
import { planCharacters, validatePlanFields } from '../domain/outline/planFields'
import type { Plan } from '../domain/outline/types'
import {
  builtinTemplatesCurrent,
  planBuiltinTemplateUpgrade,
} from '../domain/templates/builtinTemplateUpgrade'
import {
  BUILTIN_TEMPLATE_KEYS,
  BUILTIN_TEMPLATES_VERSION,
} from '../domain/templates/builtinTemplatesVersion'
import type { BuiltinTemplate } from '../domain/templates/types'
import { planFromTemplate } from '../domain/templates/planFromTemplate'
import {
  buildTemplateFile,
  parseTemplateFile,
  serializeTemplateFile,
  templateFileName,
  templateFromFile,
} from '../domain/templates/templateFile'
import {
  templateFromPlan,
  templateNameError,
  type TemplateOptions,
} from '../domain/templates/templateFromPlan'
import type { Template } from '../domain/templates/types'
import { db } from './db'
import type { PlanFields } from './planRepo'
import { loadPlanAsTyped } from './planDocuments'
import { InvalidInputError } from './planWriter'

/** The built-in set is large: it loads when first needed, not with the app. */
const loadBuiltins = async (): Promise<readonly BuiltinTemplate[]> =>
  (await import('../domain/templates/builtinTemplates.data')).BUILTIN_TEMPLATES

/**
 * Writes the built-in templates when they are missing or older than the app's set (a new app
 * version), in one transaction; the user's own templates are never touched. Cheap when current:
 * only the built-in rows' keys and versions are read, and the data is not loaded.
 */
export async function ensureBuiltinTemplates(
  load = loadBuiltins,
  version = BUILTIN_TEMPLATES_VERSION,
  keys: readonly string[] = BUILTIN_TEMPLATE_KEYS,
): Promise<void> {
  const stored = await db.templates.where('builtinKey').above('').toArray()
  if (builtinTemplatesCurrent(stored, keys, version)) return
  const builtins = await load()
  await db.transaction('rw', db.templates, async () => {
    const rows = await db.templates.where('builtinKey').above('').toArray()
    const patch = planBuiltinTemplateUpgrade(rows, builtins, { version, now: Date.now(), newId })
    await db.templates.bulkDelete(patch.deleteIds)
    await db.templates.bulkPut(patch.put)
  })
}

async function ownTemplate(id: string): Promise<Template> {
  const template = await db.templates.get(id)
  if (!template) throw new InvalidInputError('模板不存在或已被删除')
  if (template.builtinKey !== undefined)
    throw new InvalidInputError('内置模板不能修改或删除，可以用它新建计划后另存为自己的模板')
  return template
}

/** 另存为模板: the plan as it is now (open fields written first) as a template of the user's. */
export async function saveTemplateFromPlan(
  planId: string,
  options: TemplateOptions,
): Promise<string> {
  const problem = templateNameError(options.name)
  if (problem) throw new InvalidInputError(problem)
  const loaded = await loadPlanAsTyped(planId)
  if (!loaded) throw new InvalidInputError('计划不存在或已被删除')
  const template = templateFromPlan(loaded.plan, loaded.nodes, options, {
    id: newId(),
    now: Date.now(),
  })
  await db.templates.add(template)
  return template.id
}

/**
 * 从模板新建: a new plan with the template's outline (and bodies) and closing fields,
 * `{{单位}}` / `{{年度}}` filled with the unit and year given, written in one transaction.
 * Returns the new plan's id.
 */
export async function createPlanFromTemplate(
  templateId: string,
  fields: PlanFields,
): Promise<string> {
  const problem = validatePlanFields(fields)
  if (problem) throw new InvalidInputError(problem)
  const id = newId()
  await db.transaction('rw', db.templates, db.plans, db.nodes, async () => {
    const template = await db.templates.get(templateId)
    if (!template) throw new InvalidInputError('模板不存在或已被删除')
    const unit = fields.unit.trim()
    const content = planFromTemplate(template, { unit, year: fields.year }, id, newId)
    // A long unit filled into the 落款 may pass its limit: said, not cut.
    const closingTrouble = closingProblem(content.closing)
    if (closingTrouble) throw new InvalidInputError(closingTrouble)
    const now = Date.now()
    const plan: Plan = {
      id,
      title: fields.title.trim(),
      unit,
      year: fields.year,
      numbering: content.numbering,
      preamble: content.preamble,
      createdAt: now,
      updatedAt: now,
      charCount: 0,
      ...content.closing,
    }
    plan.charCount = planCharacters(plan, content.nodes)
    await db.plans.add(plan)
    await db.nodes.bulkAdd(content.nodes)
  })
  return id
}

/** Name, kind and description of one of the user's templates. */
export async function editTemplate(
  id: string,
  fields: Pick<Template, 'name' | 'kind' | 'description'>,
): Promise<void> {
  const problem = templateNameError(fields.name)
  if (problem) throw new InvalidInputError(problem)
  await db.transaction('rw', db.templates, async () => {
    await ownTemplate(id)
    await db.templates.update(id, {
      name: fields.name.trim(),
      kind: fields.kind,
      description: fields.description.trim(),
      updatedAt: Date.now(),
    })
  })
}

export async function deleteTemplate(id: string): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    await ownTemplate(id)
    await db.templates.delete(id)
  })
}

/** 导出模板: one template as a file (built-ins too: the copy imported elsewhere is the user's). */
export async function exportTemplate(
  id: string,
  now = new Date(),
): Promise<{ fileName: string; text: string }> {
  const template = await db.templates.get(id)
  if (!template) throw new InvalidInputError('模板不存在或已被删除')
  return {
    fileName: templateFileName(template.name),
    text: serializeTemplateFile(buildTemplateFile(template, now)),
  }
}

/** 导入模板: a checked file becomes a new template of the user's; a bad file changes nothing. */
export async function importTemplate(
  source: string,
): Promise<{ ok: true; id: string; name: string } | { ok: false; error: string }> {
  const parsed = parseTemplateFile(source)
  if (!parsed.ok) return parsed
  const template = templateFromFile(parsed.template, { id: newId(), now: Date.now() })
  await db.templates.add(template)
  return { ok: true, id: template.id, name: template.name }
}
