/**
 * Opens a .docx (a ZIP package) and returns the XML parts the reader needs, as text. The unzip
 * library is imported on first use so it stays out of the initial bundle.
 */
import { LIMITS, overLimitMessage } from '../../limits/limits'
import { parseXml, type XmlElement } from './xml'

/** The parts of a Word document the reader uses; styles and numbering are optional in a .docx. */
export interface DocxParts {
  document: string
  styles?: string
  numbering?: string
}

export type UnzipDocxResult = { ok: true; parts: DocxParts } | { ok: false; error: string }

export const NOT_DOCX = '这个文件不是 Word 文档（.docx），无法导入。'
export const CORRUPT = 'Word 文档已损坏，无法读取。请在 Word 中打开并另存为 .docx 后再试。'
const ENCRYPTED =
  '这个 Word 文档设置了打开密码（已加密），无法读取。请在 Word 中取消密码、另存后再导入。'
const LEGACY_DOC = '这是旧版 Word 文件（.doc），无法直接导入。请在 Word 中另存为 .docx 后再导入。'
const OTHER_OFFICE = '这是 Excel 或 PowerPoint 文件，不是 Word 文档（.docx），无法导入。'

/** Unzips the package and finds its main document part. Never throws. */
export async function unzipDocx(bytes: Uint8Array): Promise<UnzipDocxResult> {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { ok: false, error: isEncryptedPackage(bytes) ? ENCRYPTED : LEGACY_DOC }
  if (!startsWith(bytes, [0x50, 0x4b])) return { ok: false, error: NOT_DOCX }

  const unzipped = await unzipXmlParts(bytes)
  if (!unzipped.ok) return unzipped
  const files = unzipped.files
  try {
    const text = (name: string | undefined) => {
      const file = name === undefined ? undefined : files[name]
      return file && new TextDecoder('utf-8').decode(file)
    }
    const documentPath = mainDocumentPath(text('_rels/.rels')) ?? 'word/document.xml'
    const document = text(documentPath)
    if (document === undefined) {
      const office = Object.keys(files).some((name) => /^(xl|ppt)\//.test(name))
      return { ok: false, error: office ? OTHER_OFFICE : NOT_DOCX }
    }
    const related = relatedParts(documentPath, text(relsPathOf(documentPath)))
    return {
      ok: true,
      parts: {
        document,
        styles: text(related.styles ?? siblingPath(documentPath, 'styles.xml')),
        numbering: text(related.numbering ?? siblingPath(documentPath, 'numbering.xml')),
      },
    }
  } catch {
    return { ok: false, error: CORRUPT }
  }
}

/** Compressed bytes handed to the inflater at a time: at most ~16 MB come out of each push. */
const PUSH_BYTES = 16 * 1024

/**
 * The XML parts of the package, inflated as a stream: each part is counted as it comes out and
 * the reading stops at LIMITS.docxEntryInflatedBytes, so a small file that would inflate to a
 * gigabyte (a zip bomb) is refused after the limit, never inflated whole. Images and other media
 * are never decompressed.
 */
async function unzipXmlParts(
  bytes: Uint8Array,
): Promise<{ ok: true; files: Record<string, Uint8Array> } | { ok: false; error: string }> {
  const { Unzip, UnzipInflate } = await import('fflate')
  const files: Record<string, Uint8Array> = {}
  let failure: string | null = null
  const unzip = new Unzip((file) => {
    if (!/\.(xml|rels)$/i.test(file.name) || failure) return
    // A size declared past the limit is refused unread; a false one is caught while inflating.
    if ((file.originalSize ?? 0) > LIMITS.docxEntryInflatedBytes) {
      failure = overLimitMessage('docxEntryInflatedBytes')
      return
    }
    const chunks: Uint8Array[] = []
    let size = 0
    file.ondata = (error, chunk, final) => {
      if (failure) return
      if (error) {
        failure = CORRUPT
        return
      }
      size += chunk.length
      if (size > LIMITS.docxEntryInflatedBytes) {
        failure = overLimitMessage('docxEntryInflatedBytes')
        file.terminate()
        return
      }
      chunks.push(chunk)
      if (final) files[file.name] = joinChunks(chunks, size)
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let offset = 0; offset < bytes.length && !failure; offset += PUSH_BYTES) {
      const end = Math.min(offset + PUSH_BYTES, bytes.length)
      unzip.push(bytes.subarray(offset, end), end === bytes.length)
    }
  } catch {
    failure ??= CORRUPT
  }
  return failure ? { ok: false, error: failure } : { ok: true, files }
}

function joinChunks(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]
  const joined = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    joined.set(chunk, at)
    at += chunk.length
  }
  return joined
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte)
}

/** An encrypted .docx is an OLE compound file holding a stream named EncryptedPackage. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Array.from('EncryptedPackage', (char) => [char.charCodeAt(0), 0]).flat()
  outer: for (let i = 0; i <= bytes.length - name.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer
    return true
  }
  return false
}

const OFFICE_DOCUMENT = /\/officeDocument$/
const STYLES = /\/styles$/
const NUMBERING = /\/numbering$/

function relationships(rels: string | undefined): XmlElement[] {
  if (rels === undefined) return []
  return parseXml(rels).children.filter(
    (node): node is XmlElement => typeof node !== 'string' && node.name === 'Relationship',
  )
}

/** The main document's path from the package relationships (usually word/document.xml). */
function mainDocumentPath(rels: string | undefined): string | undefined {
  const target = relationships(rels).find((rel) => OFFICE_DOCUMENT.test(rel.attrs.Type ?? ''))
    ?.attrs.Target
  return target === undefined ? undefined : target.replace(/^\//, '')
}

function relatedParts(documentPath: string, rels: string | undefined) {
  const find = (type: RegExp) => {
    const rel = relationships(rels).find(
      (r) => type.test(r.attrs.Type ?? '') && r.attrs.TargetMode !== 'External',
    )
    const target = rel?.attrs.Target
    if (target === undefined) return undefined
    return target.startsWith('/') ? target.slice(1) : siblingPath(documentPath, target)
  }
  return { styles: find(STYLES), numbering: find(NUMBERING) }
}

function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`
}

/** Resolves `target` relative to the folder of `path` (handles `../`). */
function siblingPath(path: string, target: string): string {
  const parts = path.split('/').slice(0, -1)
  for (const part of target.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.') parts.push(part)
  }
  return parts.join('/')
}
