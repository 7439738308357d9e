import { describe, expect, it } from 'vitest'
import { decodeAndCount, decodeTextOffPage, TEXT_WORKER_BYTES } from './textDecoding'

// 工作计划 / 一、加强学习, in GB18030.
const GB = Uint8Array.from(Buffer.from('b9a4d7f7bcc6bbae0d0ad2bba1a2bcd3c7bfd1a7cfb0', 'hex'))

describe('decoding a text file for the import', () => {
  it('detects the encoding and counts the lines where it decodes', () => {
    expect(decodeAndCount(GB)).toEqual({
      result: { ok: true, text: '工作计划\r\n一、加强学习', encoding: 'gb18030', confident: true },
      lines: 2,
    })
  })

  it('decodes in the encoding the user chose', () => {
    const { result } = decodeAndCount(GB, 'utf-8')
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', confident: true })
    expect(result.ok && result.text).not.toContain('工作计划')
  })

  it('passes a refusal on, with no lines', () => {
    expect(decodeAndCount(new Uint8Array())).toEqual({
      result: { ok: false, error: '文件是空的，没有可导入的文字。' },
      lines: 0,
    })
  })

  it('decodes a large file on this page where no worker starts (here), as the worker would', async () => {
    const line = new TextEncoder().encode('一、加强学习\n')
    const bytes = new Uint8Array(Math.ceil(TEXT_WORKER_BYTES / line.length + 1) * line.length)
    for (let at = 0; at < bytes.length; at += line.length) bytes.set(line, at)
    const outcome = await decodeTextOffPage(bytes)
    expect(outcome).toEqual(decodeAndCount(bytes))
    expect('result' in outcome && outcome.lines).toBe(bytes.length / line.length + 1)
  })

  it('is cancelled by a signal stopped before it starts', async () => {
    const controller = new AbortController()
    controller.abort()
    expect(await decodeTextOffPage(GB, undefined, controller.signal)).toEqual({ cancelled: true })
  })
})
