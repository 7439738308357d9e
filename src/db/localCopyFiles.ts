import { parseStoreRecord, type StoreRecord } from '../domain/backup/storeLoss'

/**
 * The copy of the data the app keeps by itself in the origin private file system (OPFS), beside
 * IndexedDB: a backup file (the format 备份全部数据 writes, version history left out) and its
 * record. On a real full disk Chromium deleted the origin's IndexedDB at the next start and kept
 * these files (e2e/full-disk.spec.ts).
 */
export const COPY_FILE = 'plandraft-copy.json'
export const COPY_RECORD_FILE = 'plandraft-copy-record.json'

/** The root of the origin private file system, or null where the browser has none. */
export async function copyDirectory(): Promise<FileSystemDirectoryHandle | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage || typeof storage.getDirectory !== 'function') return null
  try {
    return await storage.getDirectory()
  } catch {
    return null
  }
}

/**
 * Write one file of the copy. A writable writes to a swap file and replaces the old one only on
 * close: never half a copy; on a full disk the swap file goes at once, nothing of it left.
 */
export async function writeCopyFile(
  directory: FileSystemDirectoryHandle,
  name: string,
  data: Blob,
): Promise<void> {
  const writable = await (await directory.getFileHandle(name, { create: true })).createWritable()
  try {
    await writable.write(data)
    await writable.close()
  } catch (error) {
    await writable.abort().catch(() => undefined)
    throw error
  }
}

/**
 * The copy, then its record (so a record never names a copy not written), and what it took:
 * the report both writers give (`read` is when the copy's content was ready).
 */
export async function writeCopyAndRecord(
  directory: FileSystemDirectoryHandle,
  file: Blob,
  record: StoreRecord,
  started: number,
  read: number,
): Promise<{ ok: true; record: StoreRecord; bytes: number; readMs: number; writeMs: number }> {
  await writeCopyFile(directory, COPY_FILE, file)
  await writeCopyFile(
    directory,
    COPY_RECORD_FILE,
    new Blob([JSON.stringify(record)], { type: 'application/json' }),
  )
  return {
    ok: true,
    record,
    bytes: file.size,
    readMs: read - started,
    writeMs: performance.now() - read,
  }
}

/** A file, or null when it is not there. */
async function fileOf(directory: FileSystemDirectoryHandle, name: string): Promise<File | null> {
  try {
    return await (await directory.getFileHandle(name)).getFile()
  } catch {
    return null
  }
}

/** The copy kept in OPFS and its record, or null when there is none (or no OPFS). */
export async function readLocalCopy(): Promise<{ file: File; record: StoreRecord } | null> {
  const directory = await copyDirectory()
  if (!directory) return null
  const [file, recordFile] = await Promise.all([
    fileOf(directory, COPY_FILE),
    fileOf(directory, COPY_RECORD_FILE),
  ])
  if (!file || !recordFile) return null
  const record = parseStoreRecord(await recordFile.text())
  return record ? { file, record } : null
}

/**
 * The copy's record without the mark of a copy written from memory (after 找回 or 不找回), so the
 * next start does not offer it again even if the browser closes before the next copy.
 */
export async function unmarkLocalCopy(): Promise<void> {
  const copy = await readLocalCopy()
  const directory = await copyDirectory()
  if (!copy?.record.fromMemory || !directory) return
  const record: StoreRecord = { ...copy.record }
  delete record.fromMemory
  const text = JSON.stringify(record)
  await writeCopyFile(directory, COPY_RECORD_FILE, new Blob([text], { type: 'application/json' }))
}
