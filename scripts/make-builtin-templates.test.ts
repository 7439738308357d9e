import { readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { outlineFromLines } from '../src/domain/import/outlineFromLines'
import { outlineToNodes } from '../src/domain/import/outlineToNodes'
import { parseImport } from '../src/domain/import/parseImport'
import { sourceLinesFromText } from '../src/domain/import/sourceLinesFromText'
import type { SourceLine } from '../src/domain/import/types'
import { keysBetween } from '../src/domain/outline/orderKeys'
import type { RichDoc, RichNode } from '../src/domain/outline/types'
import { loadSearchTools } from '../src/domain/phrases/searchTools'
import { BUILTIN_TEMPLATES } from '../src/domain/templates/builtinTemplates.data'
import type { BuiltinTemplate, TemplateNode } from '../src/domain/templates/types'

/*
 * The generator of src/domain/templates/builtinTemplates.data.ts: the three seed plans read by the
 * app's own importer, converted to Simplified Chinese (opencc, as the import dialog does), with
 * half-width punctuation made full-width and the plan's year and unit made named fields
 * ({{年度}}, {{单位}}); the remaining `xx` / `20xx` stay as slots to fill. Run
 *   WRITE_TEMPLATES=1 npx vitest run scripts/make-builtin-templates.test.ts
 * to rewrite the data file (then bump BUILTIN_TEMPLATES_VERSION); without it the test fails when
 * the checked-in data no longer matches what the generator makes.
 */
const SEED = new URL('../src/domain/import/fixtures/work-plan-samples.txt', import.meta.url)
const OUT = new URL('../src/domain/templates/builtinTemplates.data.ts', import.meta.url)

/** `,` `:` `;` `(` `)` next to Chinese text as full-width marks (numbers like 1.48 keep theirs). */
export function fullWidthPunctuation(text: string): string {
  return text
    .replace(/,(?!\d)/g, '，')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/\((?=[^)]*[\u4e00-\u9fff])/g, '（')
    .replace(/(?<=[\u4e00-\u9fff][^(]*)\)/g, '）')
}

function mapDoc(doc: RichDoc | null, change: (text: string) => string): RichDoc | null {
  const visit = (node: RichNode): RichNode => ({
    ...node,
    ...(node.text !== undefined ? { text: change(node.text) } : {}),
    ...(node.content ? { content: node.content.map(visit) } : {}),
  })
  return doc ? (visit(doc) as RichDoc) : null
}

interface Source {
  key: string
  name: string
  kind: BuiltinTemplate['kind']
  description: string
  planTitle: string
  scheme: BuiltinTemplate['numbering']['scheme']
  /** The preamble's opening, as the seed has it (Simplified) → with named fields. */
  opening: [string, string]
}

const SOURCES: Source[] = [
  {
    key: 'town-union',
    name: '乡镇工会工作计划',
    kind: '工会',
    description:
      '镇总工会年度工作计划：推动发展、维护权益、帮扶民生、职工素质、自身建设五章，含正文。',
    planTitle: '{{单位}}{{年度}}年工作计划',
    scheme: 'twoLevel',
    opening: ['20xx年，镇总工会工作', '{{年度}}年，{{单位}}工作'],
  },
  {
    key: 'county-union',
    name: '县总工会工作计划',
    kind: '工会',
    description: '县总工会年度工作计划：六个“着力”，每章下列“一是、二是”，含正文。',
    planTitle: '{{单位}}{{年度}}年工作计划',
    scheme: 'yishi',
    opening: ['20xx年xx县总工会', '{{年度}}年{{单位}}'],
  },
  {
    key: 'town-congress',
    name: '乡镇人大工作计划',
    kind: '人大',
    description:
      '乡镇人大主席团年度工作计划：服务大局、自身建设、人代会、代表工作、监督五章，含正文。',
    planTitle: '{{单位}}{{年度}}年工作计划',
    scheme: 'twoLevel',
    opening: ['20xx年，人大在', '{{年度}}年，{{单位}}在'],
  },
]

async function seedTemplates(): Promise<BuiltinTemplate[]> {
  const { toSimplified } = await loadSearchTools()
  const lines: SourceLine[] = sourceLinesFromText(readFileSync(SEED, 'utf8')).map((line) => ({
    ...line,
    text: fullWidthPunctuation(toSimplified(line.text)),
  }))
  const { plans } = parseImport(lines)
  if (plans.length !== SOURCES.length) throw new Error(`seed: ${plans.length} plans`)
  return SOURCES.map((source, index) => {
    let count = 0
    const { preamble, nodes } = outlineToNodes(
      outlineFromLines(plans[index].lines),
      'template',
      () => `${source.key}-${++count}`,
    )
    const [from, to] = source.opening
    const opening = preamble?.content?.[0]?.content?.[0]
    if (!opening?.text?.startsWith(from)) throw new Error(`${source.key}: opening not found`)
    opening.text = to + opening.text.slice(from.length)
    return {
      key: source.key,
      name: source.name,
      kind: source.kind,
      description: source.description,
      planTitle: source.planTitle,
      numbering: { scheme: source.scheme, continuousLevel2: false },
      preamble: mapDoc(preamble, (text) => text),
      nodes: nodes.map(({ id, parentId, orderKey, title, body }): TemplateNode => ({
        id,
        parentId,
        orderKey,
        title,
        body,
      })),
      withBodies: true,
    }
  })
}

function blankKeyPoints(): BuiltinTemplate {
  const titles = ['指导思想', '主要目标', '重点任务', '保障措施']
  const keys = keysBetween(undefined, undefined, titles.length)
  return {
    key: 'blank-key-points',
    name: '工作要点（空白）',
    kind: '通用',
    description: '空白的工作要点框架：指导思想、主要目标、重点任务、保障措施四章，不含正文。',
    planTitle: '{{单位}}{{年度}}年工作要点',
    numbering: { scheme: 'standard', continuousLevel2: false },
    preamble: null,
    nodes: titles.map((title, index) => ({
      id: `blank-key-points-${index + 1}`,
      parentId: null,
      orderKey: keys[index],
      title,
      body: null,
    })),
    withBodies: false,
  }
}

async function generate(): Promise<BuiltinTemplate[]> {
  return [...(await seedTemplates()), blankKeyPoints()]
}

function source(templates: BuiltinTemplate[]): string {
  return `import type { BuiltinTemplate } from './types'

// Generated by scripts/make-builtin-templates.test.ts from the seed plans: do not edit by hand
// (change the generator, run it with WRITE_TEMPLATES=1, bump BUILTIN_TEMPLATES_VERSION).
export const BUILTIN_TEMPLATES: BuiltinTemplate[] = ${JSON.stringify(templates, null, 2)}
`
}

describe('built-in templates', () => {
  it('are what the generator makes from the seed', async () => {
    const templates = await generate()
    if (process.env.WRITE_TEMPLATES) {
      writeFileSync(OUT, source(templates))
      execFileSync('npx', ['prettier', '--write', OUT.pathname])
    }
    expect(BUILTIN_TEMPLATES).toEqual(templates)
  }, 30_000)

  it('make the preamble and numbering slots of the seed named fields, and keep the rest', async () => {
    const templates = await generate()
    for (const template of templates.slice(0, 3)) {
      const first = template.preamble?.content?.[0]?.content?.[0]?.text ?? ''
      expect(first).toMatch(/^\{\{年度\}\}年，?\{\{单位\}\}/)
      // Traditional characters and half-width commas are gone.
      expect(JSON.stringify(template)).not.toMatch(/[們這爲與會]|[\u4e00-\u9fff],/)
    }
    expect(JSON.stringify(templates[0])).toContain('xx届x中全会')
    expect(templates[1].nodes.filter((node) => node.parentId === null)).toHaveLength(6)
  }, 30_000)
})
