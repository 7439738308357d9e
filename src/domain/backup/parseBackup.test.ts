import { describe, expect, it } from 'vitest'
import { serializeBackup } from './backupFile'
import { parseBackup } from './parseBackup'
import { summarizeBackup } from './backupSummary'
import { testBackup, testTables } from './testBackup'

const source = (edit: (file: Record<string, unknown>) => void = () => undefined) => {
  const file = JSON.parse(serializeBackup(testBackup())) as Record<string, unknown>
  edit(file)
  return JSON.stringify(file)
}

const error = (text: string) => {
  const parsed = parseBackup(text)
  if (parsed.ok) throw new Error('accepted')
  return parsed.error
}

type Tables = ReturnType<typeof testTables>
const tables = (file: Record<string, unknown>) => file.tables as Tables

describe('parseBackup', () => {
  it('accepts an export and gives back every row as it was', () => {
    const parsed = parseBackup(source())
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.backup).toEqual(testBackup())
  })

  it('refuses malformed JSON, a truncated file, an empty one', () => {
    expect(error('{"format": plandraft}')).toBe(
      '文件不是有效的 JSON，可能已损坏。现有数据没有任何改动。',
    )
    const whole = source()
    expect(error(whole.slice(0, whole.length / 2))).toBe(
      '备份文件不完整（可能在下载或复制时被截断），无法恢复。现有数据没有任何改动。',
    )
    // Cut right after an inner row's closing brace: still a cut, not "not JSON".
    const cut = whole.slice(0, whole.indexOf('}', whole.indexOf('"nodes"')) + 1)
    expect(cut.endsWith('}')).toBe(true)
    expect(error(cut)).toMatch(/^备份文件不完整/)
    expect(error('{"format": "plandraft-backup"}}')).toMatch(/^文件不是有效的 JSON/)
    expect(error('  ')).toMatch(/^文件是空的/)
  })

  it('refuses a foreign file, a single plan file, a newer version', () => {
    expect(error('{"name": "package"}')).toBe('这不是“计划起草”的备份文件。现有数据没有任何改动。')
    expect(error('[1, 2]')).toMatch(/^这不是“计划起草”的备份文件/)
    expect(error(source((file) => (file.format = 'plandraft-plan')))).toMatch(
      /^这是单个计划的文件.*导入计划（JSON）/,
    )
    expect(error(source((file) => (file.version = 3)))).toBe(
      '备份文件的版本（3）比本程序新，请先升级“计划起草”再恢复。现有数据没有任何改动。',
    )
    expect(error(source((file) => (file.version = '1')))).toMatch(/^备份文件的版本号不正确/)
  })

  it('refuses rows of the wrong shape, naming the row and field in Chinese', () => {
    expect(error(source((file) => (tables(file).nodes[1].title = 5 as unknown as string)))).toBe(
      '备份文件有误：第 2 个条目的 title 应为文字，实际是数字。现有数据没有任何改动。',
    )
    expect(
      error(source((file) => delete (tables(file).plans[0] as Partial<Tables['plans'][0]>).year)),
    ).toMatch(/^备份文件有误：第 1 个计划的 year 缺失/)
    expect(error(source((file) => delete (file.tables as Partial<Tables>).snapshots))).toMatch(
      /^备份文件有误：“历史版本”表缺失/,
    )
    expect(error(source((file) => Object.assign(file.tables as object, { widgets: [] })))).toMatch(
      /不认识的数据（widgets）.*升级/,
    )
    expect(
      error(source((file) => (tables(file).nodes[0].body = { type: 'paragraph' } as never))),
    ).toMatch(/第 1 个条目的 body：正文的最外层应为 doc/)
    expect(error(source((file) => (tables(file).nodes[0].body = 'text' as never)))).toMatch(
      /第 1 个条目的 body 应为对象/,
    )
    expect(error(source((file) => (tables(file).snapshots[0].kind = 'hourly' as never)))).toMatch(
      /第 1 个历史版本的 kind 的值 "hourly" 不是可用的取值/,
    )
  })

  it('refuses a node whose plan is missing, a cycle, an orphan, a clashing id', () => {
    expect(error(source((file) => (tables(file).nodes[3].planId = 'P9')))).toBe(
      '备份文件有误：条目“条目C”所属的计划不存在。现有数据没有任何改动。',
    )
    expect(error(source((file) => (tables(file).nodes[0].parentId = 'A1')))).toBe(
      '备份文件有误：计划“2027年工作计划”中条目“条目A”的层级关系有循环。现有数据没有任何改动。',
    )
    expect(error(source((file) => (tables(file).nodes[2].parentId = 'X')))).toMatch(
      /条目“条目B”的上级条目不存在/,
    )
    expect(error(source((file) => (tables(file).nodes[2].id = 'A')))).toMatch(/条目编号“A”重复/)
    expect(error(source((file) => (tables(file).phrases[1].categoryId = 'none')))).toMatch(
      /常用语“召开职代会”的分类不存在/,
    )
    expect(error(source((file) => (tables(file).snapshots[0].planId = 'P9')))).toMatch(
      /历史版本“初稿”所属的计划不存在/,
    )
    expect(error(source((file) => (tables(file).settings[0].value = {})))).toMatch(
      /设置“builtinPhrasesVersion”的值不正确/,
    )
  })

  it('repairs order keys instead of refusing them, keeping the order', () => {
    const parsed = parseBackup(
      source((file) => {
        tables(file).nodes[0].orderKey = 'a000010'
        tables(file).nodes[2].orderKey = 'zz'
      }),
    )
    if (!parsed.ok) throw new Error(parsed.error)
    const [a, , b] = parsed.backup.tables.nodes
    expect(a.orderKey < b.orderKey).toBe(true)
    expect(parsed.backup.tables.nodes[1].orderKey).toBe('a0')
  })

  it('drops unknown node types, marks and attributes from bodies, keeping the text', () => {
    const parsed = parseBackup(
      source((file) => {
        tables(file).nodes[0].body = {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '标题' }] },
            {
              type: 'paragraph',
              attrs: { onclick: 'alert(1)' },
              content: [
                {
                  type: 'text',
                  text: '链接',
                  marks: [
                    { type: 'link', attrs: { href: 'javascript:alert(1)' } },
                    { type: 'bold' },
                  ],
                },
                { type: 'iframe', attrs: { srcdoc: '<script>' } },
                { type: 'hardBreak' },
                { type: 'text', text: '' },
              ],
            },
          ],
        }
      }),
    )
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.backup.tables.nodes[0].body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '标题' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '链接', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
          ],
        },
      ],
    })
  })

  it('drops unknown fields of a row', () => {
    const parsed = parseBackup(
      source((file) => Object.assign(tables(file).plans[0], { evil: '<img onerror>' })),
    )
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.backup.tables.plans[0]).not.toHaveProperty('evil')
  })
})

describe('parseBackup: templates (version 2)', () => {
  it('reads a version 1 file (no templates table) as having no templates', () => {
    const parsed = parseBackup(
      source((file) => {
        file.version = 1
        delete (file.tables as Partial<Tables>).templates
      }),
    )
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.backup.tables.templates).toEqual([])
    expect(parsed.backup.tables.plans).toEqual(testTables().plans)
  })

  it('counts the user’s own templates for the restore preview', () => {
    expect(summarizeBackup(testBackup()).ownTemplates).toBe(1)
  })

  it('refuses a template of the wrong shape or with a broken outline', () => {
    expect(
      error(source((file) => (tables(file).templates[0].kind = '企业' as unknown as '工会'))),
    ).toMatch(/^备份文件有误：第 1 个模板的 kind 的值/)
    expect(error(source((file) => (tables(file).templates[0].nodes[1].parentId = 'gone')))).toMatch(
      /^备份文件有误：模板“我的工会模板”中条目“开展\{\{年度\}\}年劳动竞赛”的上级条目不存在/,
    )
  })
})
