/**
 * Turns the bytes of a .txt file into text: detects UTF-8 (with or without BOM), UTF-16 LE/BE
 * (BOM, or the zero bytes of ASCII characters without one) and GB18030/GBK (bytes that are not
 * valid UTF-8), refuses binary files and files over the size limit with a Chinese message. Bytes
 * that are not plainly Chinese (Shift-JIS, Big5, anything else) are read as well as can be and
 * marked as a guess, so the dialog shows 自动识别可能有误 next to the encoding menu.
 */
import { LIMITS, overLimitReason } from '../limits/limits'

/** The encodings the import dialog offers; the user can force one when the guess is wrong. */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'big5' | 'shift_jis'

/** For the dialog's encoding menu, in the order it shows them. */
export const TEXT_ENCODINGS: readonly { name: TextEncodingName; label: string }[] = [
  { name: 'utf-8', label: 'UTF-8' },
  { name: 'gb18030', label: 'GB18030 / GBK（简体中文 Windows）' },
  { name: 'utf-16le', label: 'UTF-16 LE（Unicode）' },
  { name: 'utf-16be', label: 'UTF-16 BE' },
  { name: 'big5', label: 'Big5（繁体中文）' },
  { name: 'shift_jis', label: 'Shift-JIS（日文）' },
]

/** Files larger than this are refused before being read (text and .docx alike). */
export const MAX_IMPORT_BYTES = LIMITS.importBytes

/**
 * The result of decodeText, a discriminated union on `ok`:
 * - `{ ok: true, text, encoding, confident }`: `encoding` is the one used; `confident` is false
 *   when the guess could well be wrong (the dialog should then point at the encoding menu);
 * - `{ ok: false, error }`: a Chinese message for the user (too large, empty, binary).
 */
export type DecodeTextResult =
  | { ok: true; text: string; encoding: TextEncodingName; confident: boolean }
  | { ok: false; error: string }

/** The Chinese message for a file over MAX_IMPORT_BYTES, or null when the size is fine. */
export function fileSizeError(size: number): string | null {
  if (size <= MAX_IMPORT_BYTES) return null
  const mb = (size / 1024 / 1024).toFixed(1)
  return `文件太大（${mb} MB）：${overLimitReason('importBytes')}，无法导入。请删去图片等内容或拆分后再试。`
}

/** Decodes `bytes`, detecting the encoding unless `encoding` forces one. Never throws. */
export function decodeText(bytes: Uint8Array, encoding?: TextEncodingName): DecodeTextResult {
  const sizeError = fileSizeError(bytes.length)
  if (sizeError) return { ok: false, error: sizeError }
  if (bytes.length === 0) return { ok: false, error: EMPTY }
  const signature = binarySignature(bytes)
  if (signature) return { ok: false, error: signature }
  if (encoding) return done(decode(bytes, encoding, false) ?? '', encoding, true)
  return detect(bytes)
}

const EMPTY = '文件是空的，没有可导入的文字。'
const BINARY = '文件不是文本（像是程序、图片或其他二进制文件），无法按文本导入。'

function done(text: string, encoding: TextEncodingName, confident: boolean): DecodeTextResult {
  if (text.trim() === '') return { ok: false, error: EMPTY }
  return { ok: true, text, encoding, confident }
}

function detect(bytes: Uint8Array): DecodeTextResult {
  const bom = bomEncoding(bytes)
  if (bom) return done(decode(bytes, bom, false) ?? '', bom, true)

  const sample = bytes.subarray(0, SAMPLE_BYTES)
  // Zero or control bytes in text mean UTF-16 (ASCII's high byte, or Chinese like 划 U+5212).
  const binary = looksBinary(sample)
  if (binary || countZeros(sample) >= 2) {
    const utf16 = utf16Guess(sample)
    if (utf16) {
      const text = decode(bytes, utf16.encoding, false) ?? ''
      return done(text, utf16.encoding, utf16.confident)
    }
  }
  if (binary) return { ok: false, error: BINARY }

  const utf8 = decode(bytes, 'utf-8', true)
  if (utf8 !== null) return done(utf8, 'utf-8', true)
  const gb = decode(bytes, 'gb18030', true)
  const gbShare = gb === null ? 0 : plausibleShare(gb)
  // GB18030 decodes almost any bytes into some ideographs: only text in the common GB2312 range
  // is surely Chinese. Japanese (Shift-JIS) and Big5 fall mostly outside it.
  const common = commonGbShare(sample) >= PLAUSIBLE
  if (gb !== null && gbShare >= PLAUSIBLE && common) return done(gb, 'gb18030', true)
  if (!common) {
    const other = otherEncoding(bytes)
    if (other) return done(other.text, other.encoding, false)
  }
  // UTF-16 of Chinese only (no ASCII, so no zero bytes) when it reads better than GB18030.
  const utf16 = utf16Guess(sample)
  if (utf16 && utf16.share > gbShare)
    return done(decode(bytes, utf16.encoding, false) ?? '', utf16.encoding, false)
  // GB18030 (with replacement characters if need be) is the likeliest useful reading.
  return done(gb ?? decode(bytes, 'gb18030', false) ?? '', 'gb18030', false)
}

/** Share of usual characters above which a decoding is taken as right. */
const PLAUSIBLE = 0.9

function countZeros(sample: Uint8Array): number {
  let zeros = 0
  for (const byte of sample) if (byte === 0) zeros++
  return zeros
}

/**
 * UTF-16 without BOM: decodes the sample both ways and keeps the one that reads as Chinese or
 * ASCII text (the other turns newlines into U+0A00 and letters into stray ideographs).
 */
function utf16Guess(
  sample: Uint8Array,
): { encoding: TextEncodingName; confident: boolean; share: number } | null {
  const even = sample.subarray(0, sample.length - (sample.length % 2))
  const le = plausibleShare(decode(even, 'utf-16le', false) ?? '')
  const be = plausibleShare(decode(even, 'utf-16be', false) ?? '')
  const share = Math.max(le, be)
  if (share < PLAUSIBLE) return null
  return { encoding: le >= be ? 'utf-16le' : 'utf-16be', confident: Math.abs(le - be) > 0.2, share }
}

/** Heuristics look at the start only: enough to judge, cheap for a 20 MB file. */
const SAMPLE_BYTES = 64 * 1024

/** Decodes with TextDecoder; with `fatal`, null when the bytes are not valid in `encoding`. */
function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes)
  } catch {
    return null
  }
}

function bomEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** Many NULs or control bytes (other than tab, newlines, form feed, escape) mean binary. */
function looksBinary(sample: Uint8Array): boolean {
  let suspicious = 0
  for (const byte of sample) {
    if (byte === 0x7f || (byte < 0x20 && !ALLOWED_CONTROLS.has(byte))) suspicious++
  }
  return suspicious > 0 && suspicious >= sample.length * 0.01
}

const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b])

/** Known signatures of files that are certainly not text, with a message that says what to do. */
function binarySignature(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((byte, i) => bytes[i] === byte)
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06))
    return '这是一个压缩文件（Word 的 .docx 也是），不是文本。Word 文件请用“从 Word 导入”打开。'
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return '这是旧版 Word（.doc）或其他 Office 文件，不是文本。请在 Word 中另存为 .docx 后导入。'
  if (starts(0x25, 0x50, 0x44, 0x46)) return '这是 PDF 文件，不是文本，无法导入。'
  if (
    starts(0x89, 0x50, 0x4e, 0x47) ||
    starts(0xff, 0xd8, 0xff) ||
    starts(0x47, 0x49, 0x46, 0x38) ||
    (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45)
  )
    return '这是图片文件，不是文本，无法导入。'
  if (starts(0x52, 0x61, 0x72, 0x21) || starts(0x37, 0x7a, 0xbc, 0xaf) || starts(0x1f, 0x8b))
    return '这是一个压缩文件，不是文本，无法导入。'
  return null
}

/**
 * Of the two-byte characters in the sample, the share in GB2312's symbols and common hanzi
 * (lead and trail 0xA1–0xFE), where nearly all of a Chinese GBK text lies. 1 with none at all.
 */
function commonGbShare(sample: Uint8Array): number {
  let pairs = 0
  let common = 0
  for (let i = 0; i < sample.length - 1; i++) {
    const lead = sample[i]
    if (lead < 0x80) continue
    const trail = sample[i + 1]
    pairs++
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++
    // A four-byte GB18030 sequence (digit second byte) is one character.
    i += trail >= 0x30 && trail <= 0x39 ? 3 : 1
  }
  return pairs === 0 ? 1 : common / pairs
}

/** Japanese with kana (Shift-JIS), or Big5 that reads as text: a guess, never a certainty. */
function otherEncoding(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | null {
  const japanese = decode(bytes, 'shift_jis', true)
  if (japanese !== null && kanaShare(japanese) >= 0.05)
    return { text: japanese, encoding: 'shift_jis' }
  const big5 = decode(bytes, 'big5', true)
  if (big5 !== null && plausibleShare(big5) >= PLAUSIBLE) return { text: big5, encoding: 'big5' }
  return null
}

/** Share of hiragana and katakana among the non-ASCII characters. */
function kanaShare(text: string): number {
  let kana = 0
  let total = 0
  for (const char of text.slice(0, 20000)) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) continue
    total++
    if (code >= 0x3040 && code <= 0x30ff) kana++
  }
  return total === 0 ? 0 : kana / total
}

/** Share of characters usual in a Chinese plan: CJK, ASCII, CJK and full-width punctuation. */
function plausibleShare(text: string): number {
  let plausible = 0
  let total = 0
  for (const char of text.slice(0, 20000)) {
    const code = char.codePointAt(0) ?? 0
    total++
    if (
      (code >= 0x20 && code < 0x7f) ||
      code === 0x0a ||
      code === 0x0d ||
      code === 0x09 ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef) ||
      (code >= 0x2000 && code <= 0x206f) ||
      (code >= 0x2460 && code <= 0x24ff)
    )
      plausible++
  }
  return total === 0 ? 1 : plausible / total
}
