import type { PlanFields } from '../../db/planRepo'
import {
  createPlanFromTemplate,
  deleteTemplate,
  editTemplate,
  ensureBuiltinTemplates,
  exportTemplate,
  importTemplate,
  saveTemplateFromPlan,
} from '../../db/templateRepo'
import type { TemplateOptions } from '../../domain/templates/templateFromPlan'
import type { Template } from '../../domain/templates/types'
import { flushPendingEdits } from '../../store/pendingEdits'
import type { LibraryCommand } from './libraryCommand'

/** The built-in templates, written (or brought up to date) when the gallery first opens. */
export const ensureBuiltinTemplatesCommand: LibraryCommand<void, void> = {
  name: 'ensureBuiltinTemplates',
  label: '载入内置模板',
  perform: () => ensureBuiltinTemplates(),
}

/** 另存为模板: the open fields are written first, so the template has what was typed. */
export const saveAsTemplateCommand: LibraryCommand<
  { planId: string; options: TemplateOptions },
  string
> = {
  name: 'saveAsTemplate',
  label: '另存为模板',
  perform: async ({ planId, options }) => {
    await flushPendingEdits()
    return saveTemplateFromPlan(planId, options)
  },
}

/** 从模板新建: one transaction; returns the new plan's id (the caller opens it). */
export const createPlanFromTemplateCommand: LibraryCommand<
  { templateId: string; fields: PlanFields },
  string
> = {
  name: 'createPlanFromTemplate',
  label: '从模板新建',
  perform: ({ templateId, fields }) => createPlanFromTemplate(templateId, fields),
}

export const editTemplateCommand: LibraryCommand<
  { templateId: string; fields: Pick<Template, 'name' | 'kind' | 'description'> },
  void
> = {
  name: 'editTemplate',
  label: '修改模板',
  perform: ({ templateId, fields }) => editTemplate(templateId, fields),
}

export const deleteTemplateCommand: LibraryCommand<{ templateId: string }, void> = {
  name: 'deleteTemplate',
  label: '删除模板',
  perform: ({ templateId }) => deleteTemplate(templateId),
}

export const exportTemplateCommand: LibraryCommand<
  { templateId: string },
  { fileName: string; text: string }
> = {
  name: 'exportTemplate',
  label: '导出模板',
  perform: ({ templateId }) => exportTemplate(templateId),
}

/** 导入模板: a malformed or foreign file is refused with a message and changes nothing. */
export const importTemplateCommand: LibraryCommand<
  File,
  Awaited<ReturnType<typeof importTemplate>>
> = {
  name: 'importTemplate',
  label: '导入模板',
  perform: async (file) => importTemplate(await file.text()),
}
