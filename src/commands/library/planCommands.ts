import { importPlanJson } from '../../db/planImport'
import { createPlan, duplicatePlan, type PlanFields } from '../../db/planRepo'
import { db } from '../../db/db'
import { documentState } from '../../db/documentState'
import { UNTRACKED_ORIGIN, withPlanDocument } from '../../db/planDocuments'
import { InvalidInputError } from '../../db/planWriter'
import { applyChangeToDocument } from '../../domain/document/applyChangeToDocument'
import { validatePlanFields } from '../../domain/outline/planFields'
import { namedSlotText } from '../../domain/phrases/namedSlots'
import { showToast } from '../../store/toastStore'
import { planInfoChange } from '../plan/fillSlots'
import { trashPlan } from '../../db/trashRepo'
import type { LibraryCommand } from './libraryCommand'

export const createPlanCommand: LibraryCommand<PlanFields, string> = {
  name: 'createPlan',
  label: '新建计划',
  perform: (fields) => createPlan(fields),
}

/**
 * Title, unit and year, validated, written to the plan's document (the home of its content; its
 * rows follow) as one transaction. A unit or year set here fills the plan's `{{单位}}` /
 * `{{年度}}` in the same transaction, in the text as the document holds it (typing included).
 */
export const renamePlanCommand: LibraryCommand<{ planId: string; fields: PlanFields }, void> = {
  name: 'renamePlan',
  label: '重命名计划',
  perform: async ({ planId, fields }) => {
    const after = { title: fields.title.trim(), unit: fields.unit.trim(), year: fields.year }
    const planRow = await db.plans.get(planId)
    if (!planRow) throw new Error('计划不存在或已被删除')
    const filled = await withPlanDocument(planId, (opened) => {
      const { plan, tree } = documentState(opened, planRow)
      const result = planInfoChange(plan, [...tree.byId.values()], after)
      const problem = validatePlanFields({ ...plan, ...result.change.plan?.after })
      if (problem) throw new InvalidInputError(problem)
      applyChangeToDocument(opened.doc, result.change, UNTRACKED_ORIGIN)
      return result.filled
    })
    if (filled.length > 0)
      showToast(
        `已填写：${filled.map(({ name, value, count }) => `${count} 处 ${namedSlotText(name)} 填为“${value}”`).join('，')}`,
      )
  },
}

/** 复制: a copy titled `title` (default: the plan's title with （副本）). */
export const duplicatePlanCommand: LibraryCommand<{ planId: string; title?: string }, string> = {
  name: 'duplicatePlan',
  label: '复制计划',
  perform: ({ planId, title }) => duplicatePlan(planId, title),
}

/** 删除: to the trash (回收站) for 30 days, restorable; 彻底删除 is in trashCommands. */
export const deletePlanCommand: LibraryCommand<{ planId: string }, void> = {
  name: 'deletePlan',
  label: '删除计划',
  perform: ({ planId }) => trashPlan(planId),
}

/** 导入计划（JSON）: `chooseTitle` answers 已有同名计划 before anything is written. */
export const importPlanCommand: LibraryCommand<
  { file: File; chooseTitle?: (title: string) => Promise<string | null> },
  Awaited<ReturnType<typeof importPlanJson>>
> = {
  name: 'importPlan',
  label: '导入计划',
  perform: ({ file, chooseTitle }) => importPlanJson(file, chooseTitle),
}
