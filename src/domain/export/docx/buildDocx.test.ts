import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../import/docx/readDocx'
import type { NumberingSettings } from '../../outline/types'
import { buildExportBlocks, exportNumbering, isHeadingBlock, headingText } from '../exportModel'
import {
  DEFAULT_EXPORT_OPTIONS,
  DEFAULT_PRINT_SETTINGS,
  type ExportOptions,
  type PrintSettings,
} from '../exportOptions'
import { buildPlan, type OutlineSpec } from '../fixtures/planBuilder'
import { buildDocx, docxBytes } from './buildDocx'

const { plan, nodes } = buildPlan({
  outline: [
    {
      title: '强化引领',
      children: [{ title: '加强学习', children: [{ title: '读书', body: '每月一次。' }] }],
    },
  ],
})

async function docxParts(settings: Partial<PrintSettings>) {
  const blocks = buildExportBlocks(plan, nodes, DEFAULT_EXPORT_OPTIONS)
  const bytes = await docxBytes(
    buildDocx(
      blocks,
      { ...DEFAULT_PRINT_SETTINGS, ...settings },
      { title: plan.title, numbering: plan.numbering },
    ),
  )
  const zip = await JSZip.loadAsync(bytes)
  const read = (name: string) => zip.file(name)!.async('string')
  const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name))
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    numbering: await read('word/numbering.xml'),
    settings: await read('word/settings.xml'),
    footers: await Promise.all(footers.map(read)),
  }
}

/** Each heading as Word shows it (its automatic number and text), read by the app's importer. */
async function wordHeadings(
  spec: OutlineSpec[],
  numbering: Partial<NumberingSettings> = {},
  options: Partial<ExportOptions> = {},
) {
  const built = buildPlan({ outline: spec, numbering })
  const exportOptions = { ...DEFAULT_EXPORT_OPTIONS, ...options }
  const blocks = buildExportBlocks(built.plan, built.nodes, exportOptions)
  const bytes = await docxBytes(
    buildDocx(blocks, DEFAULT_PRINT_SETTINGS, {
      title: built.plan.title,
      numbering: exportNumbering(built.plan, exportOptions),
    }),
  )
  const read = await readDocx(bytes)
  if (!read.ok) throw new Error(read.error)
  const shown = read.lines
    .filter((line) => line.outlineLevel !== undefined)
    .map((line) => (line.list?.label ?? '') + line.text)
  // A run-in heading's paragraph goes on with its body: the tests give those none.
  const expected = blocks.filter(isHeadingBlock).map(headingText)
  return { shown, expected, automatic: read.lines.filter((line) => line.list).length }
}

/** `count` items titled 项1, 项2, … */
const items = (count: number, children: OutlineSpec[] = []): OutlineSpec[] =>
  Array.from({ length: count }, (_, index) => ({ title: `项${index + 1}`, children }))

describe('buildDocx', () => {
  it('numbers headings with Word lists bound to the heading styles, titles without numbers', async () => {
    const { document, styles, numbering } = await docxParts({})
    expect(document).toContain('>强化引领<')
    expect(document).not.toContain('一、')
    // `读书。` in the Heading3 paragraph, followed by the body run in the same paragraph.
    expect(document).toMatch(
      /<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:p>).)*>读书。<(?:(?!<\/w:p>).)*每月一次。/,
    )
    expect(styles).toMatch(
      /w:styleId="Heading2">(?:(?!<\/w:style>).)*<w:numPr><w:ilvl w:val="1"\/>/,
    )
    expect(numbering).toMatch(
      /<w:numFmt w:val="chineseCountingThousand"\/><w:pStyle w:val="Heading1"\/><w:suff w:val="nothing"\/><w:lvlText w:val="%1、"\/>/,
    )
    expect(numbering).toContain('<w:lvlText w:val="（%2）"/>')
    expect(numbering).toContain('<w:lvlText w:val="%3."/>')
    expect(numbering).toContain('<w:lvlText w:val="（%4）"/>')
    expect(numbering).toMatch(/decimalEnclosedCircle"\/><w:pStyle w:val="Heading5"\/>/)
    // Only stand-alone headings keep with the next paragraph.
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/><w:keepNext\/>/)
    expect(document).not.toMatch(/<w:pStyle w:val="Heading3"\/><w:keepNext\/>/)
  })

  it('centres the page number on every page when asked, without odd/even footers', async () => {
    const { footers, settings } = await docxParts({ pageNumbers: 'centre' })
    expect(footers).toHaveLength(1)
    expect(footers[0]).toContain('<w:jc w:val="center"/>')
    expect(settings).not.toContain('<w:evenAndOddHeaders/>')
  })

  it('follows the line pitch and bold settings', async () => {
    const { styles } = await docxParts({ linePitchPt: 28, boldLevel2: true })
    expect(styles).toMatch(/w:line="560" w:lineRule="exact"/)
    expect(styles).toMatch(/w:styleId="Heading2">(?:(?!<\/w:style>).)*<w:b\/>/)
    expect(styles).toMatch(/w:styleId="Heading3">(?:(?!<\/w:style>).)*<w:b w:val="false"\/>/)
  })
})

describe('Word automatic numbering', () => {
  const plan: OutlineSpec[] = [
    { title: '甲', children: items(12, items(2, items(2))) },
    { title: '乙', children: items(3, items(1)) },
    ...items(9),
  ]

  it.each([
    ['standard', false],
    ['standard', true],
    ['twoLevel', false],
    ['twoLevel', true],
    ['yishi', false],
  ] as const)(
    'shows the app’s numbers for %s (level 2 continuous: %s)',
    async (scheme, continuous) => {
      const { shown, expected } = await wordHeadings(
        plan,
        { scheme, continuousLevel2: continuous },
        { runInLevels: [false] },
      )
      expect(shown).toEqual(expected)
      if (scheme === 'standard' && continuous) expect(shown).toContain('（十三）项1')
      if (scheme === 'yishi') expect(shown).toContain('十二是项12')
      expect(shown.at(-1)).toBe('十一、项9')
    },
  )

  it('numbers run-in headings too', async () => {
    const { shown, expected } = await wordHeadings([{ title: '甲', children: items(2, items(2)) }])
    expect(shown).toEqual(expected)
    // Level 3 runs into its body: its number comes before the title ended with 。.
    expect(shown).toEqual([
      '一、甲',
      '（一）项1',
      '1.项1。',
      '2.项2。',
      '（二）项2',
      '1.项1。',
      '2.项2。',
    ])
  })

  it('keeps as text what Word would number otherwise: past ⑳ and below nine levels', async () => {
    let deep: OutlineSpec[] = [{ title: '底' }]
    for (let level = 10; level > 1; level--) deep = [{ title: `层${level}`, children: deep }]
    const { shown, expected, automatic } = await wordHeadings(
      [
        {
          title: '甲',
          children: [
            {
              title: '乙',
              children: [{ title: '丙', children: [{ title: '丁', children: items(22) }] }],
            },
          ],
        },
        { title: '深', children: deep },
      ],
      {},
      { runInLevels: [false] },
    )
    expect(shown).toEqual(expected)
    expect(shown).toContain('㉑项21')
    expect(shown).toContain('㉒项22')
    // 4 headings above 20 numbered items of level 5, the deep chapter and its levels 2–9.
    expect(automatic).toBe(4 + 20 + 1 + 8)
  })

  it('starts a subtree where it stands in the plan', async () => {
    const built = [{ title: '甲' }, { title: '乙', children: items(3, items(2)) }]
    const { shown } = await wordHeadings(
      built,
      {},
      {
        scope: 'subtree',
        subtreeId: 'n9', // 项3 of chapter 乙
        runInLevels: [false],
      },
    )
    expect(shown).toEqual(['（三）项3', '1.项1', '2.项2'])
  })
})

describe('the comparison with last year as a Word table', () => {
  it('has 变化 / 上一年 / 本年 columns, struck-out old text and underlined new text', async () => {
    const { compareWithLastYear } = await import('../../compare/compareYears')
    const { buildComparisonDocx, comparisonDocxBytes } = await import('./buildComparisonDocx')
    const last = buildPlan({
      year: 2025,
      outline: [{ title: '甲', body: '比武3场。' }, { title: '乙' }],
    })
    const now = buildPlan({ year: 2026, outline: [{ title: '甲', body: '比武5场。' }] })
    const comparison = compareWithLastYear(last, now)
    const bytes = await comparisonDocxBytes(buildComparisonDocx(comparison, last.plan, now.plan))
    const document = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
    expect(document).toContain('>上一年（2025年）<')
    expect(document).toContain('>本年（2026年）<')
    expect(document).toContain('<w:tblHeader/>')
    expect(document).toMatch(/<w:strike\/>(?:(?!<\/w:r>).)*>3</)
    expect(document).toMatch(/<w:u w:val="single"\/>(?:(?!<\/w:r>).)*>5</)
    expect(document).toContain('>（本年已删除）<')
    expect(document).toContain('新增 0 项，删除 1 项，移动 0 项，修改 1 项。')
  })
})
