import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ISectionOptions,
  type IPropertiesOptions,
} from 'docx'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../decodeText'
import type { SourceLine } from '../types'
import { readDocx } from './readDocx'

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
)

async function docxBytes(
  children: ISectionOptions['children'],
  options: Omit<IPropertiesOptions, 'sections'> = {},
): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.toBuffer(new Document({ ...options, sections: [{ children }] })),
  )
}

async function readLines(bytes: Uint8Array): Promise<{ lines: SourceLine[]; notes: string[] }> {
  const result = await readDocx(bytes)
  if (!result.ok) throw new Error(result.error)
  return result
}

/** The auto-numbered levels of a Chinese plan: 一、 / （一） / 1. */
const PLAN_NUMBERING: IPropertiesOptions['numbering'] = {
  config: [
    {
      reference: 'plan',
      levels: [
        {
          level: 0,
          format: LevelFormat.CHINESE_COUNTING,
          text: '%1、',
          alignment: AlignmentType.LEFT,
        },
        {
          level: 1,
          format: LevelFormat.CHINESE_COUNTING,
          text: '（%2）',
          alignment: AlignmentType.LEFT,
        },
        { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
      ],
    },
    {
      reference: 'circled',
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE,
          text: '%1',
          start: 3,
          alignment: AlignmentType.LEFT,
        },
      ],
    },
  ],
}

const numbered = (text: string, level: number, reference = 'plan') =>
  new Paragraph({ text, numbering: { reference, level } })

describe('readDocx', () => {
  it('gives heading styles their outline level', async () => {
    const { lines, notes } = await readLines(
      await docxBytes([
        new Paragraph({ text: '2025年工作计划', heading: HeadingLevel.TITLE }),
        new Paragraph({ text: '总体要求', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: '指导思想', heading: HeadingLevel.HEADING_2 }),
        new Paragraph('坚持以人民为中心。'),
        new Paragraph({ text: '主要任务', heading: HeadingLevel.HEADING_1 }),
      ]),
    )
    expect(lines.map((l) => [l.index, l.text, l.outlineLevel])).toEqual([
      [0, '2025年工作计划', undefined],
      [1, '总体要求', 1],
      [2, '指导思想', 2],
      [3, '坚持以人民为中心。', undefined],
      [4, '主要任务', 1],
    ])
    expect(lines.every((l) => l.list === undefined)).toBe(true)
    expect(notes).toEqual([])
  })

  it('reads Chinese heading style names, w:outlineLvl in a style and on a paragraph', async () => {
    const { lines } = await readLines(
      await docxBytes(
        [
          new Paragraph({ text: '一级', style: 'a1' }),
          new Paragraph({ text: '二级', style: 'outline2' }),
          new Paragraph({ text: '基于二级', style: 'derived' }),
          new Paragraph({ text: '三级', outlineLevel: 2 }),
          new Paragraph({ text: '正文', style: 'a1', outlineLevel: 9 }),
        ],
        {
          styles: {
            paragraphStyles: [
              { id: 'a1', name: '标题 1', run: { bold: true } },
              { id: 'outline2', name: '章节', paragraph: { outlineLevel: 1 } },
              { id: 'derived', name: '派生', basedOn: 'outline2' },
            ],
          },
        },
      ),
    )
    expect(lines.map((l) => [l.text, l.outlineLevel])).toEqual([
      ['一级', 1],
      ['二级', 2],
      ['基于二级', 2],
      ['三级', 3],
      ['正文', undefined],
    ])
  })

  it('labels an auto-numbered multilevel list %1、 / （%2） / %3. as Word shows it', async () => {
    const { lines } = await readLines(
      await docxBytes(
        [
          new Paragraph('为做好今年工作，制定本计划。'),
          numbered('总体要求', 0),
          numbered('指导思想', 1),
          new Paragraph('坚持稳中求进。'),
          numbered('基本原则', 1),
          numbered('依法行政', 2),
          numbered('公开透明', 2),
          numbered('主要任务', 0),
          numbered('推进权力清单公开', 1),
          numbered('保障措施', 0),
          numbered('甲', 0, 'circled'),
          numbered('乙', 0, 'circled'),
        ],
        { numbering: PLAN_NUMBERING },
      ),
    )
    expect(lines.map((l) => [l.text, l.list?.level, l.list?.label])).toEqual([
      ['为做好今年工作，制定本计划。', undefined, undefined],
      ['总体要求', 0, '一、'],
      ['指导思想', 1, '（一）'],
      ['坚持稳中求进。', undefined, undefined],
      ['基本原则', 1, '（二）'],
      ['依法行政', 2, '1.'],
      ['公开透明', 2, '2.'],
      ['主要任务', 0, '二、'],
      ['推进权力清单公开', 1, '（一）'],
      ['保障措施', 0, '三、'],
      ['甲', 0, '③'],
      ['乙', 0, '④'],
    ])
    // The text stays as written: the label is Word's, not part of the paragraph.
    expect(lines[1].list?.numId).toBe(lines[7].list?.numId)
    expect(lines[1].list?.numId).not.toBe(lines[10].list?.numId)
    expect(lines[1].outlineLevel).toBeUndefined()
  })

  it('counts past ten in Chinese (十、 十一、)', async () => {
    const titles = Array.from({ length: 12 }, (_, i) => `第${i + 1}项`)
    const { lines } = await readLines(
      await docxBytes(
        titles.map((title) => numbered(title, 0)),
        { numbering: PLAN_NUMBERING },
      ),
    )
    expect(lines.slice(8).map((l) => l.list?.label)).toEqual(['九、', '十、', '十一、', '十二、'])
  })

  it('keeps bold, italic and underline runs, also from paragraph and character styles', async () => {
    const { lines } = await readLines(
      await docxBytes(
        [
          new Paragraph({
            children: [
              new TextRun('要'),
              new TextRun({ text: '加强', bold: true }),
              new TextRun({ text: '学习', bold: true }),
              new TextRun({ text: '，', italics: true }),
              new TextRun({ text: '提高', underline: {} }),
              new TextRun({ text: '能力', bold: true, italics: true, underline: {} }),
              new TextRun({ text: '。', style: 'Emph' }),
            ],
          }),
          new Paragraph({
            style: 'Quote1',
            children: [new TextRun('引文'), new TextRun({ text: '不斜', italics: false })],
          }),
        ],
        {
          styles: {
            paragraphStyles: [{ id: 'Quote1', name: 'Quote1', run: { italics: true } }],
            characterStyles: [{ id: 'Emph', name: 'Emph', run: { bold: true } }],
          },
        },
      ),
    )
    expect(lines[0].text).toBe('要加强学习，提高能力。')
    expect(lines[0].runs).toEqual([
      { text: '要' },
      { text: '加强学习', marks: ['bold'] },
      { text: '，', marks: ['italic'] },
      { text: '提高', marks: ['underline'] },
      { text: '能力', marks: ['bold', 'italic', 'underline'] },
      { text: '。', marks: ['bold'] },
    ])
    expect(lines[1].runs).toEqual([{ text: '引文', marks: ['italic'] }, { text: '不斜' }])
  })

  it('reads tabs as spaces and line breaks as soft breaks', async () => {
    const { lines } = await readLines(
      await docxBytes([
        new Paragraph({
          children: [
            new TextRun('一、'),
            new TextRun({ text: '总体', break: 1 }),
            new TextRun('\t要求'),
          ],
        }),
      ]),
    )
    expect(lines[0].text).toBe('一、\n总体 要求')
    expect(lines[0].runs?.map((r) => r.text).join('')).toBe(lines[0].text)
  })

  it('notes tables and images as not imported', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] })
    const { lines, notes } = await readLines(
      await docxBytes([
        new Paragraph('一、总体要求'),
        new Paragraph('见下表。'),
        new Paragraph('（一）任务分工'),
        new Table({ rows: [new TableRow({ children: [cell('任务'), cell('责任单位')] })] }),
        new Paragraph({
          children: [
            new TextRun('二、组织架构'),
            new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } }),
          ],
        }),
        new Paragraph({
          children: [
            new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } }),
          ],
        }),
      ]),
    )
    expect(lines.map((l) => l.text)).toEqual([
      '一、总体要求',
      '见下表。',
      '（一）任务分工',
      '二、组织架构',
      '',
    ])
    expect(notes).toEqual(['第 3 段后的表格未导入', '图片未导入（2 张）'])
  })

  it('reads a plan with neither headings nor lists as plain paragraphs', async () => {
    const text = [
      '关于印发2025年政务公开工作要点的通知',
      '各区人民政府：',
      '一、总体要求',
      '（一）进一步推进权力清单公开。要在……',
      '',
      '二是加强政策解读。',
    ]
    const { lines, notes } = await readLines(await docxBytes(text.map((t) => new Paragraph(t))))
    expect(lines).toEqual(
      text.map((t, index) => ({ index, text: t, runs: t ? [{ text: t }] : [] })),
    )
    expect(notes).toEqual([])
  })
})

describe('readDocx on XML written by hand', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  const zip = (parts: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])))
  const doc = (body: string) =>
    `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`
  const p = (text: string, pPr = '') =>
    `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`

  it('numbers headings linked to a list through their style, and honours w:lvlRestart', async () => {
    const styles = `<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>
        <w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/>
        <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="toc1"><w:name w:val="toc 1"/></w:style>
    </w:styles>`
    const numbering = `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="PlanList"/>
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%1章"/><w:pStyle w:val="1"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%3）"/><w:lvlRestart w:val="1"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>
      <w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>`
    const lvl2 = '<w:numPr><w:ilvl w:val="2"/><w:numId w:val="7"/></w:numPr>'
    const body = [
      `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${p('目录')}</w:sdtContent></w:sdt>`,
      p('总则……1', '<w:pStyle w:val="toc1"/>'),
      p('总则', '<w:pStyle w:val="1"/>'),
      p('目的', '<w:pStyle w:val="2"/>'),
      p('甲', lvl2),
      p('范围', '<w:pStyle w:val="2"/>'),
      p('乙', lvl2),
      p('职责', '<w:pStyle w:val="1"/>'),
      p('丙', lvl2),
      p('不编号', '<w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
    ].join('')
    const result = await readDocx(
      zip({
        'word/document.xml': doc(body),
        'word/styles.xml': styles,
        'word/numbering.xml': numbering,
      }),
    )
    expect(result.ok && result.lines.map((l) => [l.text, l.outlineLevel, l.list?.label])).toEqual([
      ['总则', 1, '第一章'],
      ['目的', 2, '1.1'],
      ['甲', undefined, '（1）'],
      ['范围', 2, '1.2'],
      ['乙', undefined, '（2）'],
      ['职责', 1, '第二章'],
      ['丙', undefined, '（1）'],
      ['不编号', 1, undefined],
    ])
    expect(result.ok && result.notes).toEqual(['目录未导入（正文的标题已导入）'])
  })

  it('reads links, insertions and fields; skips deletions, hidden text and field codes', async () => {
    const body =
      '<w:p><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>' +
      '<w:ins><w:r><w:t xml:space="preserve">新增 </w:t></w:r></w:ins>' +
      '<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>&lt;完&gt;&amp;</w:t></w:r></w:p>'
    const result = await readDocx(zip({ 'word/document.xml': doc(body) }))
    expect(result.ok && result.lines[0].text).toBe('链接新增 3<完>&')
  })

  it.each([
    [
      'a corrupt zip',
      async () => (await docxBytes([new Paragraph('一、总体要求')])).slice(0, 400),
      '损坏',
    ],
    ['random bytes', async () => new Uint8Array([1, 2, 3, 4, 5]), '不是 Word 文档'],
    ['a zip without a Word document', async () => zip({ 'readme.txt': '说明' }), '不是 Word 文档'],
    ['an Excel file', async () => zip({ 'xl/workbook.xml': '<workbook/>' }), 'Excel'],
    ['malformed XML', async () => zip({ 'word/document.xml': doc('<w:p><w:r>') }), '损坏'],
    ['an old .doc', async () => oleFile('WordDocument'), '.doc'],
    ['a password-protected .docx', async () => oleFile('EncryptedPackage'), '密码'],
    ['a document without text', async () => docxBytes([new Paragraph('')]), '没有可导入的文字'],
    ['an empty file', async () => new Uint8Array(), '空'],
    ['a file over 20 MB', async () => new Uint8Array(MAX_IMPORT_BYTES + 1), '20 MB'],
  ])('refuses %s with a Chinese message, without throwing', async (_, bytes, message) => {
    const result = await readDocx(await bytes())
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toContain(message)
  })
})

/** The start of an OLE compound file with a directory entry named `stream` (UTF-16 LE). */
function oleFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(1024)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  Array.from(stream).forEach((char, i) => (bytes[512 + i * 2] = char.charCodeAt(0)))
  return bytes
}
