import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { createPlan, loadPlan } from '../../db/planRepo'
import { docText, docFromText } from '../../domain/outline/richText'
import { BUILTIN_TEMPLATE_KEYS } from '../../domain/templates/builtinTemplatesVersion'
import { ensureBuiltinTemplates } from '../../db/templateRepo'
import { runLibraryCommand } from './libraryCommand'
import {
  createPlanFromTemplateCommand,
  deleteTemplateCommand,
  editTemplateCommand,
  ensureBuiltinTemplatesCommand,
  exportTemplateCommand,
  importTemplateCommand,
  saveAsTemplateCommand,
} from './templateCommands'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

const builtin = async (key: string) => (await db.templates.where('builtinKey').equals(key).first())!

const file = (text: string, name = 'x.json') => new File([text], name)

async function everything() {
  return {
    templates: await db.templates.toArray(),
    plans: await db.plans.toArray(),
    nodes: await db.nodes.toArray(),
  }
}

describe('template commands', () => {
  it('seed the four built-ins once, and bring them up to date on a new version', async () => {
    await runLibraryCommand(ensureBuiltinTemplatesCommand, undefined)
    await runLibraryCommand(ensureBuiltinTemplatesCommand, undefined)
    const rows = await db.templates.toArray()
    expect(rows.map((row) => row.builtinKey).sort()).toEqual([...BUILTIN_TEMPLATE_KEYS].sort())

    const own = await runLibraryCommand(saveAsTemplateCommand, {
      planId: await createPlan({ title: '计划', unit: '甲镇', year: 2026 }),
      options: { name: '我的', kind: '通用', description: '', withBodies: true },
    })
    const before = await db.templates.get(own)
    // Version 2 of the app drops one built-in and renames another.
    const union = await builtin('town-union')
    await ensureBuiltinTemplates(
      async () => [{ ...union, key: 'town-union', name: '乡镇工会工作计划（新版）' }],
      2,
      ['town-union'],
    )
    const after = await db.templates.toArray()
    expect(after.filter((row) => row.builtinKey).map((row) => [row.id, row.name])).toEqual([
      [union.id, '乡镇工会工作计划（新版）'],
    ])
    expect(await db.templates.get(own)).toEqual(before)
  })

  it('create a plan from each built-in with the unit and year filled', async () => {
    await ensureBuiltinTemplates()
    for (const key of BUILTIN_TEMPLATE_KEYS) {
      const template = await builtin(key)
      const planId = await runLibraryCommand(createPlanFromTemplateCommand, {
        templateId: template.id,
        fields: { title: '城关镇2027年工作计划', unit: '城关镇总工会', year: 2027 },
      })
      const { plan, nodes } = (await loadPlan(planId))!
      expect(nodes).toHaveLength(template.nodes.length)
      const text = [docText(plan.preamble), ...nodes.map((n) => n.title + docText(n.body))].join()
      expect(text).not.toMatch(/\{\{(单位|年度)\}\}/)
      if (plan.preamble) expect(docText(plan.preamble)).toMatch(/^2027年，?城关镇总工会/)
      expect(plan).toMatchObject({ unit: '城关镇总工会', year: 2027 })
      expect(plan.charCount).toBeGreaterThan(0)
    }
    expect(await db.plans.count()).toBe(4)
  })

  it('save a plan as a template (with bodies or the outline only) and create from it', async () => {
    const planId = await createPlan(
      { title: '甲镇总工会2026年工作计划', unit: '甲镇总工会', year: 2026 },
      {
        preamble: docFromText('2026年，甲镇总工会要……'),
        nodes: [
          { id: 'A', parentId: null, orderKey: 'a0', title: '建功', body: docFromText('正文') },
        ],
      },
    )
    const outlineOnly = await runLibraryCommand(saveAsTemplateCommand, {
      planId,
      options: { name: '只要大纲', kind: '工会', description: '', withBodies: false },
    })
    expect((await db.templates.get(outlineOnly))!.nodes[0].body).toBeNull()
    const full = await runLibraryCommand(saveAsTemplateCommand, {
      planId,
      options: { name: '全文', kind: '工会', description: '', withBodies: true },
    })
    const newPlan = await runLibraryCommand(createPlanFromTemplateCommand, {
      templateId: full,
      fields: { title: '乙镇总工会2027年工作计划', unit: '乙镇总工会', year: 2027 },
    })
    const { plan, nodes } = (await loadPlan(newPlan))!
    expect(docText(plan.preamble)).toBe('2027年，乙镇总工会要……')
    expect(nodes.map((node) => [node.title, docText(node.body)])).toEqual([['建功', '正文']])
    await expect(
      runLibraryCommand(saveAsTemplateCommand, {
        planId,
        options: { name: ' ', kind: '工会', description: '', withBodies: true },
      }),
    ).rejects.toThrow('模板名称不能为空')
  })

  it('the closing fields travel: plan → template → new plan, counted', async () => {
    const planId = await createPlan({
      title: '甲镇总工会2026年工作计划',
      unit: '甲镇总工会',
      year: 2026,
    })
    await db.plans.update(planId, {
      recipient: '各村工会',
      attachments: ['2026年任务分解表'],
      issuedOn: '2026-01-05',
    })
    const templateId = await runLibraryCommand(saveAsTemplateCommand, {
      planId,
      options: { name: '带落款', kind: '工会', description: '', withBodies: false },
    })
    const newPlan = await runLibraryCommand(createPlanFromTemplateCommand, {
      templateId,
      fields: { title: '乙镇总工会2028年工作计划', unit: '乙镇总工会', year: 2028 },
    })
    const { plan } = (await loadPlan(newPlan))!
    expect(plan).toMatchObject({
      recipient: '各村工会',
      attachments: ['2028年任务分解表'],
      issuedOn: '2028-01-05',
    })
    expect(plan.signature).toBeUndefined()
    // Counted: 各村工会 4, 2028 1 + 年任务分解表 6, the unit signed 5, 2028年1月5日 3 + 3.
    const bare = await createPlan({ title: plan.title, unit: plan.unit, year: 2028 })
    expect(plan.charCount - (await db.plans.get(bare))!.charCount).toBe(4 + 7 + 5 + 6)
  })

  it('rename and delete own templates only', async () => {
    await ensureBuiltinTemplates()
    const union = await builtin('town-union')
    await expect(
      runLibraryCommand(deleteTemplateCommand, { templateId: union.id }),
    ).rejects.toThrow(/内置模板不能修改或删除/)
    const imported = await runLibraryCommand(
      importTemplateCommand,
      file((await runLibraryCommand(exportTemplateCommand, { templateId: union.id })).text),
    )
    if (!imported.ok) throw new Error(imported.error)
    const copy = (await db.templates.get(imported.id))!
    expect(copy.builtinKey).toBeUndefined()
    expect(copy.nodes).toEqual(union.nodes)
    await runLibraryCommand(editTemplateCommand, {
      templateId: copy.id,
      fields: { name: '我的工会模板', kind: '工会', description: '改过' },
    })
    expect((await db.templates.get(copy.id))!.name).toBe('我的工会模板')
    await runLibraryCommand(deleteTemplateCommand, { templateId: copy.id })
    expect(await db.templates.get(copy.id)).toBeUndefined()
    expect(await db.templates.get(union.id)).toBeDefined()
  })

  it('a malformed or foreign template file changes nothing', async () => {
    await ensureBuiltinTemplates()
    await createPlan({ title: '计划', unit: '甲镇', year: 2026 })
    const before = await everything()
    for (const source of ['', '{"format":"plandraft-backup","version":1}', 'PK\u0003\u0004', '{']) {
      const result = await runLibraryCommand(importTemplateCommand, file(source))
      expect(result.ok).toBe(false)
    }
    expect(await everything()).toEqual(before)
  })
})
