import { describe, expect, it } from 'vitest'
import { docText } from '../outline/richText'
import { testBackup } from '../backup/testBackup'
import { serializeBackup } from '../backup/backupFile'
import {
  buildTemplateFile,
  parseTemplateFile,
  serializeTemplateFile,
  templateFileName,
  templateFromFile,
} from './templateFile'
import { testTemplate } from './testTemplate'

const now = new Date('2026-11-27T08:00:00Z')
const good = () => buildTemplateFile({ ...testTemplate(), builtinKey: 'x', builtinVersion: 1 }, now)
const withTemplate = (change: (template: Record<string, unknown>) => void) => {
  const file = JSON.parse(serializeTemplateFile(good()))
  change(file.template)
  return JSON.stringify(file)
}
const error = (source: string) => {
  const result = parseTemplateFile(source)
  if (result.ok) throw new Error('accepted')
  return result.error
}

describe('template file', () => {
  it('round-trips, and an imported template is the user’s own', () => {
    const parsed = parseTemplateFile(serializeTemplateFile(good()))
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.template).toEqual(good().template)
    const template = templateFromFile(parsed.template, { id: 'I', now: 7 })
    expect(template).toMatchObject({ id: 'I', createdAt: 7, itemCount: 3, name: '我的工会模板' })
    expect(template).not.toHaveProperty('builtinKey')
    expect(templateFileName('乡镇/工会 计划')).toBe('模板-乡镇_工会_计划.json')
  })

  it('carries the closing fields (主送, 附件说明, 落款, 成文日期) and checks them', () => {
    const closing = {
      recipient: '各基层工会',
      attachments: ['{{年度}}年任务分解表'],
      signature: '{{单位}}',
      issuedOn: '2025-12-30',
      year: 2026,
    }
    const file = buildTemplateFile({ ...testTemplate(), closing }, now)
    const parsed = parseTemplateFile(serializeTemplateFile(file))
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.template.closing).toEqual(closing)
    expect(templateFromFile(parsed.template, { id: 'I', now: 7 }).closing).toEqual(closing)
    // Without them (files from before), none.
    expect(good().template).not.toHaveProperty('closing')
    const bad = (change: Record<string, unknown>) =>
      error(withTemplate((t) => (t.closing = { ...closing, ...change })))
    expect(bad({ issuedOn: '2025年12月30日' })).toMatch(/主送和落款不正确/)
    expect(bad({ signature: '落'.repeat(201) })).toMatch(/落款不能超过 200 个字/)
  })

  it('refuses a foreign or malformed file with a clear Chinese message', () => {
    const cases: [string, RegExp][] = [
      ['', /文件是空的/],
      ['PK\u0003\u0004word/document.xml', /Word 或压缩文件/],
      ['{"format":"plandraft-template",', /不是有效的 JSON/],
      ['[1,2,3]', /不是“计划起草”的模板文件/],
      ['{"hello":"world"}', /不是“计划起草”的模板文件/],
      [serializeBackup(testBackup()), /备份文件，不是模板/],
      ['{"format":"plandraft-plan","version":1}', /单个计划的文件/],
      ['{"format":"plandraft-phrases","version":1}', /常用语文件/],
      ['{"format":"plandraft-template","version":9,"template":{}}', /比本程序新/],
      ['{"format":"plandraft-template","version":1}', /没有模板内容/],
      [withTemplate((t) => (t.name = ' ')), /名称不正确/],
      [withTemplate((t) => (t.kind = '企业')), /类别不正确/],
      [withTemplate((t) => ((t.nodes as { title: unknown }[])[1].title = 5)), /第 2 个条目的标题/],
      [
        withTemplate((t) => ((t.nodes as { parentId: string }[])[1].parentId = 'Z')),
        /上级条目不存在/,
      ],
      [withTemplate((t) => ((t.nodes as { id: string }[])[1].id = 'A')), /编号“A”重复/],
    ]
    for (const [source, message] of cases) {
      const text = error(source)
      expect(text, source.slice(0, 40)).toMatch(message)
      expect(text).toMatch(/^无法导入模板：.*模板没有任何改动。$/)
    }
  })

  it('cleans bodies to the editor’s schema and repairs bad order keys', () => {
    const source = withTemplate((t) => {
      const nodes = t.nodes as { orderKey: string; body: unknown }[]
      nodes[0].orderKey = 'zz!'
      nodes[1].body = {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: '正文',
                marks: [{ type: 'link', attrs: { href: 'javascript:x' } }],
              },
              { type: 'image', attrs: { src: 'http://evil/x.png' } },
            ],
          },
        ],
      }
    })
    const parsed = parseTemplateFile(source)
    if (!parsed.ok) throw new Error(parsed.error)
    const body = parsed.template.nodes[1].body
    expect(docText(body)).toBe('正文')
    expect(JSON.stringify(body)).not.toMatch(/link|image|evil/)
    expect(parsed.template.nodes[0].orderKey).not.toBe('zz!')
  })
})

describe('parseTemplateFile limits', () => {
  const file = (nodes: unknown[]) =>
    JSON.stringify({
      format: 'plandraft-template',
      version: 1,
      template: {
        name: '深层',
        kind: '工会',
        description: '',
        planTitle: '计划',
        numbering: { scheme: 'standard', continuousLevel2: false },
        preamble: null,
        withBodies: true,
        nodes,
      },
    })

  it('refuses an outline 6,000 deep and a body 100,000 deep, saying nothing changed', () => {
    const chain = Array.from({ length: 6_000 }, (_, index) => ({
      id: `t${index}`,
      parentId: index === 0 ? null : `t${index - 1}`,
      orderKey: 'a0',
      title: `第${index + 1}层`,
      body: null,
    }))
    expect(parseTemplateFile(file(chain))).toEqual({
      ok: false,
      error: '无法导入模板：大纲层级超过 12 层。模板没有任何改动。',
    })
    // As text: JSON.stringify recurses, so a body this deep cannot be written by it.
    const body = `{"type":"doc","content":[${'{"type":"paragraph","content":['.repeat(100_000)}{"type":"text","text":"深"}${']}'.repeat(100_000)}]}`
    expect(parseTemplateFile(file([chain[0]]).replace('"body":null', `"body":${body}`))).toEqual({
      ok: false,
      error: '无法导入模板：正文格式的嵌套超过 16 层。模板没有任何改动。',
    })
  })
})
