import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDocx, docxBytes } from '../src/domain/export/docx/buildDocx'
import { buildExportBlocks, headingText, isHeadingBlock } from '../src/domain/export/exportModel'
import {
  DEFAULT_EXPORT_OPTIONS,
  DEFAULT_PRINT_SETTINGS,
  type ExportOptions,
} from '../src/domain/export/exportOptions'
import { exportFileName } from '../src/domain/export/exportFileName'
import { buildPlan } from '../src/domain/export/fixtures/planBuilder'
import { seedPlanOne } from '../src/domain/export/fixtures/seedPlanOne'

/*
 * The .docx as a real client opens it: LibreOffice converts it to PDF (pdftotext / pdfinfo read
 * that), mammoth reads the heading styles back, and the raw XML has the GB/T 9704 page setup.
 */
const hasSoffice = spawnSync('soffice', ['--version']).status === 0
const hasPoppler = spawnSync('pdfinfo', ['-v']).status === 0
const workDir = mkdtempSync(join(tmpdir(), 'plandraft-docx-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

// The seed plan as written: its items (level 2) run into their paragraphs, like `1、深化……。着眼……`.
const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, runInLevels: [false, true] }
const { plan, nodes } = seedPlanOne()
const blocks = buildExportBlocks(plan, nodes, options)
const headings = blocks.filter(isHeadingBlock)
const seedDocx = () =>
  docxBytes(
    buildDocx(blocks, DEFAULT_PRINT_SETTINGS, { title: plan.title, numbering: plan.numbering }),
  )

/** Converts .docx files to PDF with LibreOffice in one run; returns the PDFs' paths. */
function toPdf(docxPaths: string[]): string[] {
  execFileSync(
    'soffice',
    [
      // A profile of our own, so a running LibreOffice (or a parallel test) can't block us.
      `-env:UserInstallation=file://${join(workDir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      workDir,
      ...docxPaths,
    ],
    { timeout: 110_000, stdio: 'pipe' },
  )
  return docxPaths.map((path) => path.replace(/\.docx$/, '.pdf'))
}

const pdfText = (pdfPath: string) =>
  execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })

/** Text without white space or page numbers, so wrapped lines and page breaks don't matter. */
const squeeze = (text: string) => text.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '')

/** Every expected string found in `text`, each after the previous one. */
function expectInOrder(text: string, expected: string[]) {
  let from = 0
  for (const item of expected) {
    const at = text.indexOf(squeeze(item), from)
    expect(at, `“${item}” after position ${from}`).toBeGreaterThanOrEqual(0)
    from = at + squeeze(item).length
  }
}

describe('the exported .docx', () => {
  it('has the GB/T 9704 page setup, fonts and spacing in its XML', async () => {
    const zip = await JSZip.loadAsync(await seedDocx())
    const document = await zip.file('word/document.xml')!.async('string')
    const styles = await zip.file('word/styles.xml')!.async('string')
    const settings = await zip.file('word/settings.xml')!.async('string')
    // A4 and margins 37 / 28 / 26 / 35 mm, in twips.
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(document).toMatch(/w:top="2098"/)
    expect(document).toMatch(/w:left="1587"/)
    expect(document).toMatch(/w:right="1474"/)
    expect(document).toMatch(/w:bottom="1984"/)
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"')
    expect(styles).toContain('w:ascii="Times New Roman"')
    expect(styles).toMatch(/w:line="579" w:lineRule="exact"/)
    expect(styles).toContain('<w:ind w:firstLine="640"/>')
    expect(styles).toMatch(/w:styleId="Heading1">.*?w:eastAsia="黑体"/)
    expect(styles).toMatch(/w:styleId="Heading2">.*?w:eastAsia="楷体_GB2312"/)
    expect(document).toContain('w:eastAsia="方正小标宋简体"')
    expect(document).toMatch(/<w:sz w:val="44"\/>/)
    expect(settings).toContain('<w:evenAndOddHeaders/>')
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    )
    expect(footers).toHaveLength(2)
    for (const footer of footers) {
      expect(footer).toContain('— </w:t>')
      expect(footer).toContain('PAGE')
      expect(footer).toContain('<w:sz w:val="28"/>')
    }
    expect(footers.some((footer) => footer.includes('<w:jc w:val="right"/>'))).toBe(true)
    expect(footers.some((footer) => footer.includes('<w:jc w:val="left"/>'))).toBe(true)
  })

  it('reads back with mammoth as the same headings (numbers are Word’s, not text), in order', async () => {
    const bytes = await seedDocx()
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
    expect(messages.filter((message) => message.type === 'warning')).toEqual([])
    const found = [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((match) => ({
      level: Number(match[1]),
      text: match[2],
    }))
    expect(found.map((heading) => heading.level)).toEqual(headings.map((block) => block.level))
    found.forEach((heading, index) => {
      // A run-in heading's paragraph goes on with its body text.
      expect(heading.text.startsWith(headings[index].title)).toBe(true)
    })
    expect(found[0].text).toBe('凝聚职工智慧力量，进一步推动科学发展')
    expect(found[1].text).toMatch(/^深化劳动竞赛活动。着眼全镇/)
    expect(html).toContain('<p>某某镇总工会2026年工作计划</p>')
  })

  it.skipIf(!hasSoffice || !hasPoppler)(
    'opens in LibreOffice: A4 pages with every numbered heading in order and page numbers',
    { timeout: 120_000 },
    async () => {
      const docxPath = join(workDir, exportFileName(plan, 'docx'))
      writeFileSync(docxPath, await seedDocx())
      const pdfPath = toPdf([docxPath])[0]
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdfPath], {
        encoding: 'utf8',
      })
      const pages = Number(info.match(/^Pages:\s+(\d+)/m)![1])
      const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)]
      expect(pages).toBeGreaterThan(3)
      expect(sizes).toHaveLength(pages)
      for (const [, width, height] of sizes) {
        expect(Number(width)).toBeCloseTo(595.3, 0)
        expect(Number(height)).toBeCloseTo(841.9, 0)
      }
      const text = pdfText(pdfPath)
      // The numbers are Word's automatic numbering: LibreOffice draws them from numbering.xml.
      expectInOrder(squeeze(text), [plan.title, ...headings.map(headingText)])
      for (let page = 1; page <= pages; page++)
        expect(text).toMatch(new RegExp(`—\\s*${page}\\s*—`))
      console.log(`LibreOffice: ${pages} A4 pages, ${headings.length} headings in order`)
    },
  )

  it.skipIf(!hasSoffice || !hasPoppler)(
    'renumbers in LibreOffice when a chapter is inserted into the document, as Word would',
    { timeout: 120_000 },
    async () => {
      const small = buildPlan({
        title: '插入测试计划',
        outline: [
          { title: '甲章', children: [{ title: '甲一' }, { title: '甲二' }] },
          { title: '乙章', children: [{ title: '乙一' }] },
          { title: '丙章', children: [{ title: '丙一' }, { title: '丙二' }] },
        ],
      })
      const continuous = buildPlan({
        title: '连续编号计划',
        numbering: { continuousLevel2: true },
        outline: [
          { title: '甲章', children: [{ title: '甲一' }, { title: '甲二' }] },
          { title: '乙章', children: [{ title: '乙一', children: [{ title: '细目' }] }] },
        ],
      })
      const bytesOf = ({ plan: p, nodes: n }: typeof small) => {
        const options = { ...DEFAULT_EXPORT_OPTIONS, runInLevels: [false] }
        return docxBytes(
          buildDocx(buildExportBlocks(p, n, options), DEFAULT_PRINT_SETTINGS, {
            title: p.title,
            numbering: p.numbering,
          }),
        )
      }
      const original = await bytesOf(small)
      // What a user does in Word: a new paragraph in 标题 1 before 乙章, and one in 标题 2 under 甲章.
      const files = unzipSync(original)
      const xml = strFromU8(files['word/document.xml'])
      const heading = (style: string, text: string) =>
        `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
      const before = (title: string) => xml.lastIndexOf('<w:p>', xml.indexOf(`>${title}<`))
      expect(before('乙章')).toBeGreaterThan(0)
      const edited =
        xml.slice(0, before('甲二')) +
        heading('Heading2', '新增一节') +
        xml.slice(before('甲二'), before('乙章')) +
        heading('Heading1', '新增一章') +
        xml.slice(before('乙章'))
      files['word/document.xml'] = strToU8(edited)
      const paths = [
        ['original.docx', original],
        ['inserted.docx', zipSync(files)],
        ['continuous.docx', await bytesOf(continuous)],
      ].map(([name, bytes]) => {
        const path = join(workDir, name as string)
        writeFileSync(path, bytes as Uint8Array)
        return path
      })
      const [originalText, insertedText, continuousText] = toPdf(paths).map((pdf) =>
        squeeze(pdfText(pdf)),
      )
      expectInOrder(originalText, ['一、甲章', '（一）甲一', '（二）甲二', '二、乙章', '三、丙章'])
      expectInOrder(insertedText, [
        '一、甲章',
        '（一）甲一',
        '（二）新增一节',
        '（三）甲二',
        '二、新增一章',
        '三、乙章',
        '（一）乙一',
        '四、丙章',
        '（一）丙一',
        '（二）丙二',
      ])
      expect(insertedText).not.toContain('二、乙章')
      // 二级序号全文连续: 乙章's first item goes on from 甲章's.
      expectInOrder(continuousText, [
        '一、甲章',
        '（一）甲一',
        '（二）甲二',
        '二、乙章',
        '（三）乙一',
        '1.细目',
      ])
    },
  )

  if (!hasSoffice || !hasPoppler) {
    it('LibreOffice check skipped', () => {
      console.warn(
        'SKIPPED: soffice or pdftotext/pdfinfo not found; install libreoffice-writer and poppler-utils (.ci/run does) to open the .docx in LibreOffice.',
      )
    })
  }
})
