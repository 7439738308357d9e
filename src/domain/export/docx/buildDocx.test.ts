import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildExportBlocks } from '../exportModel'
import {
  DEFAULT_EXPORT_OPTIONS,
  DEFAULT_PRINT_SETTINGS,
  type PrintSettings,
} from '../exportOptions'
import { buildPlan } from '../fixtures/planBuilder'
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
    buildDocx(blocks, { ...DEFAULT_PRINT_SETTINGS, ...settings }, { title: plan.title }),
  )
  const zip = await JSZip.loadAsync(bytes)
  const read = (name: string) => zip.file(name)!.async('string')
  const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name))
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    footers: await Promise.all(footers.map(read)),
  }
}

describe('buildDocx', () => {
  it('writes numbers as text and runs a level-3 heading into its body in one paragraph', async () => {
    const { document } = await docxParts({})
    expect(document).toContain('>一、强化引领<')
    expect(document).toContain('>（一）加强学习<')
    // `1.读书。` in the Heading3 paragraph, followed by the body run in the same paragraph.
    expect(document).toMatch(
      /<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:p>).)*1\.读书。(?:(?!<\/w:p>).)*每月一次。/,
    )
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
