import { describe, expect, it } from 'vitest'
import { decodeText, MAX_IMPORT_BYTES } from './decodeText'

/** 工作计划 in GB18030/GBK, as a Windows Notepad "ANSI" file on a Chinese system saves it. */
const GB_WORK_PLAN = [0xb9, 0xa4, 0xd7, 0xf7, 0xbc, 0xc6, 0xbb, 0xae]

/** An encoder for the two-byte GBK range, built from the decoder (Node has no GB encoder). */
function gbkBytes(text: string): Uint8Array {
  const table = new Map<string, number[]>()
  const decoder = new TextDecoder('gb18030')
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const char = decoder.decode(new Uint8Array([lead, trail]))
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail])
    }
  return new Uint8Array(
    Array.from(text).flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)]
      const bytes = table.get(char)
      if (!bytes) throw new Error(`not in GBK: ${char}`)
      return bytes
    }),
  )
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text
  const bytes = new Uint8Array(units.length * 2)
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i)
    bytes[i * 2 + (bigEndian ? 1 : 0)] = code & 0xff
    bytes[i * 2 + (bigEndian ? 0 : 1)] = code >> 8
  }
  return bytes
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const PLAN =
  '2025年工作计划\r\n一、总体要求\r\n（一）指导思想。要坚持以人民为中心。\r\n1. 加强学习\r\n'

describe('decodeText', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeText(utf8(PLAN))).toEqual({
      ok: true,
      text: PLAN,
      encoding: 'utf-8',
      confident: true,
    })
  })

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PLAN)])
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: PLAN, encoding: 'utf-8' })
  })

  it('reads GB18030 bytes of 工作计划 (not valid UTF-8)', () => {
    const result = decodeText(new Uint8Array(GB_WORK_PLAN))
    expect(result).toMatchObject({ ok: true, text: '工作计划', encoding: 'gb18030' })
  })

  it('reads a GBK plan with confidence', () => {
    const bytes = gbkBytes(PLAN)
    expect(Array.from(bytes.subarray(6, 14))).toEqual(GB_WORK_PLAN)
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: PLAN,
      encoding: 'gb18030',
      confident: true,
    })
  })

  it.each([
    ['UTF-16 LE with BOM', false, true, 'utf-16le'],
    ['UTF-16 BE with BOM', true, true, 'utf-16be'],
    ['UTF-16 LE without BOM', false, false, 'utf-16le'],
    ['UTF-16 BE without BOM', true, false, 'utf-16be'],
  ] as const)('reads %s', (_, bigEndian, bom, encoding) => {
    const result = decodeText(utf16(PLAN, bigEndian, bom))
    expect(result).toMatchObject({ ok: true, text: PLAN, encoding })
  })

  it.each([
    ['LE', false],
    ['BE', true],
  ] as const)('reads UTF-16 %s without BOM of Chinese only (no zero bytes)', (_, bigEndian) => {
    for (const text of ['工作计划要求落实责任', '进一步推进权力清单公开，加强监督检查']) {
      const encoding = bigEndian ? 'utf-16be' : 'utf-16le'
      expect(decodeText(utf16(text, bigEndian, false))).toMatchObject({ ok: true, text, encoding })
    }
  })

  it('forces the encoding the user picks', () => {
    const bytes = gbkBytes(PLAN)
    const forced = decodeText(bytes, 'utf-8')
    expect(forced).toMatchObject({ ok: true, encoding: 'utf-8', confident: true })
    expect(forced.ok && forced.text).toContain('\ufffd')
    expect(decodeText(utf8(PLAN), 'utf-8')).toMatchObject({ ok: true, text: PLAN })
    expect(decodeText(utf16(PLAN, false, false), 'utf-16le')).toMatchObject({ text: PLAN })
  })

  it('is not confident about bytes that decode as GB18030 but do not read as Chinese', () => {
    const bytes = new Uint8Array([0x81, 0x30, 0x81, 0x30, 0xa8, 0xa1, 0xa8, 0xa2, 0xa6, 0xa1])
    expect(decodeText(bytes)).toMatchObject({ ok: true, encoding: 'gb18030', confident: false })
  })

  it.each([
    ['a ZIP (.docx)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], '压缩文件'],
    ['a PDF', [...utf8('%PDF-1.7\n')], 'PDF'],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], '图片'],
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe0], '图片'],
    ['an old .doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '.doc'],
    [
      'random binary',
      [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x03],
      '不是文本',
    ],
  ])('refuses %s', (_, bytes, message) => {
    const result = decodeText(new Uint8Array(bytes))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toContain(message)
  })

  it('refuses binary with NULs in no UTF-16 pattern', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i * 37) % 256)
    expect(decodeText(bytes)).toMatchObject({
      ok: false,
      error: expect.stringContaining('不是文本'),
    })
  })

  it('refuses an empty file', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({
      ok: false,
      error: expect.stringContaining('空'),
    })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toMatchObject({ ok: false })
  })

  it('refuses a file over 20 MB before decoding it', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1)
    const result = decodeText(bytes)
    expect(result).toEqual({ ok: false, error: expect.stringContaining('20 MB') })
    expect(decodeText(new Uint8Array(MAX_IMPORT_BYTES + 1), 'utf-8').ok).toBe(false)
  })
})

const hex = (text: string) =>
  new Uint8Array((text.match(/../g) ?? []).map((byte) => parseInt(byte, 16)))

describe('decodeText: encodings other than Chinese GB', () => {
  // 一、基本方針 今年度の活動計画をお知らせします。… in Shift-JIS, as a Japanese Windows saves it.
  const SHIFT_JIS = hex(
    '88ea81418aee967b95fb906a0a8da1944e937882cc8a8893ae8c7689e682f082a8926d82e782b982b582dc82b78142904588f582cc8a4682b382f182cd82e682ad93c782f182c582ad82be82b382a281420a93f181418f64935f8e968d800a82dd82f182c882c58ba697cd82b582c4906982df82dc82b582e582a481420a',
  )
  // 一、總體要求 加強學習，提高認識，落實各項工作。 二、重點任務 in Big5.
  const BIG5 = hex(
    'a440a142c160c5e9ad6ea8440aa55bb16abec7b2dfa141b4a3b0aabb7bc3d1a141b8a8b9eaa655b6b5a475a740a1430aa447a142adabc249a5f4b0c80a',
  )

  it('reads Shift-JIS as Japanese and says the guess may be wrong', () => {
    const result = decodeText(SHIFT_JIS)
    expect(result).toMatchObject({ ok: true, encoding: 'shift_jis', confident: false })
    expect(result.ok && result.text).toContain('今年度の活動計画')
  })

  it('reads Big5 as traditional Chinese and says the guess may be wrong', () => {
    const result = decodeText(BIG5)
    expect(result).toMatchObject({ ok: true, encoding: 'big5', confident: false })
    expect(result.ok && result.text).toContain('總體要求')
  })

  it('lets the user force Shift-JIS, and stays sure of plain GBK Chinese', () => {
    expect(decodeText(SHIFT_JIS, 'gb18030')).toMatchObject({ ok: true, encoding: 'gb18030' })
    expect(decodeText(gbkBytes(PLAN.repeat(3)))).toMatchObject({
      ok: true,
      encoding: 'gb18030',
      confident: true,
    })
  })

  it('names the size limit in the refusal of a file too large', () => {
    const result = decodeText(new Uint8Array(MAX_IMPORT_BYTES + 1))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toContain('导入的文件超过 20 MB')
  })
})
