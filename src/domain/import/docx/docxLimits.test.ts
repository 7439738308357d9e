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

/** The zip with every header's uncompressed size of word/document.xml set to `size` (a lie). */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const bytes = zip.slice()
  const view = new DataView(bytes.buffer)
  const name = new TextEncoder().encode('word/document.xml')
  const named = (at: number) => name.every((byte, i) => bytes[at + i] === byte)
  for (let at = 0; at < bytes.length - 46; at++) {
    const signature = view.getUint32(at, true)
    if (signature === 0x04034b50 && named(at + 30)) view.setUint32(at + 22, size, true)
    if (signature === 0x02014b50 && named(at + 46)) view.setUint32(at + 24, size, true)
  }
  return bytes
}

let zipped: Uint8Array | undefined
/** Spaces inside the document element: ~48 MB of XML in a file of ~50 KB (made once). */
function bomb(): Uint8Array {
  if (zipped) return zipped
  const inflated = new Uint8Array(LIMITS.docxEntryInflatedBytes + 16 * 1024 * 1024).fill(0x20)
  inflated.set(strToU8(`<w:document xmlns:w="${W}"><w:body>`))
  zipped = docx(inflated)
  return zipped
}

describe('readDocx limits', () => {
  it('refuses a small file that inflates past the limit, without inflating it whole', async () => {
    const bytes = bomb()
    expect(bytes.length).toBeLessThan(1024 * 1024)
    const result = await readDocx(bytes)
    expect(result).toEqual({ ok: false, error: overLimitMessage('docxEntryInflatedBytes') })
    expect(overLimitMessage('docxEntryInflatedBytes')).toBe(
      'Word 文件解压后的内容超过 32 MB，无法导入。未做任何更改。',
    )
  }, 30_000)

  it('stops inflating at the limit when the file lies about the size', async () => {
    const result = await readDocx(declareSize(bomb(), 1000))
    expect(result).toEqual({ ok: false, error: overLimitMessage('docxEntryInflatedBytes') })
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
