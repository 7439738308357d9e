import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { LIMITS, overLimitMessage } from '../../limits/limits'
import { readDocx } from './readDocx'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

function docx(document: Uint8Array | string): Uint8Array {
  return zipSync(
    {
      '_rels/.rels': strToU8(RELS),
      'word/document.xml': typeof document === 'string' ? strToU8(document) : document,
    },
    { level: 1 },
  )
}

describe('readDocx limits', () => {
  it('refuses a small file that inflates past the limit, without inflating it whole', async () => {
    // Spaces inside the document element: ~48 MB of XML in a file of ~50 KB.
    const inflated = new Uint8Array(LIMITS.docxEntryInflatedBytes + 16 * 1024 * 1024).fill(0x20)
    inflated.set(strToU8(`<w:document xmlns:w="${W}"><w:body>`))
    const bytes = docx(inflated)
    expect(bytes.length).toBeLessThan(1024 * 1024)
    const result = await readDocx(bytes)
    expect(result).toEqual({ ok: false, error: overLimitMessage('docxEntryInflatedBytes') })
    expect(overLimitMessage('docxEntryInflatedBytes')).toBe(
      'Word 文件解压后的内容超过 32 MB，无法导入。未做任何更改。',
    )
  }, 30_000)

  it('refuses elements nested past the limit with its message, not a stack overflow', async () => {
    const depth = 100_000
    const xml = `<w:document xmlns:w="${W}"><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>深</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:body></w:document>`
    const result = await readDocx(docx(xml))
    expect(result).toEqual({ ok: false, error: overLimitMessage('docxNesting') })
  })

  it('still reads a document nested within the limit', async () => {
    const depth = 50
    const xml = `<w:document xmlns:w="${W}"><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:body></w:document>`
    const result = await readDocx(docx(xml))
    expect(result.ok && result.lines.map((line) => line.text)).toEqual(['一、总体要求'])
  })
})
