/** The name of the file the probe writes and removes in the origin private file system. */
const PROBE_FILE = 'plandraft-disk-probe'

/**
 * Whether the disk takes writes now: a file of `bytes` written to the origin private file system
 * and removed. After a full disk Chromium may keep refusing to open the IndexedDB database though
 * the disk has room again; this tells the two apart (the database alone is stuck). False where
 * the browser has no such file system, and whenever the write fails.
 */
export async function diskTakesWrites(bytes = 1024 * 1024): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (typeof storage?.getDirectory !== 'function') return false
  let root: FileSystemDirectoryHandle | null = null
  try {
    root = await storage.getDirectory()
    const handle = await root.getFileHandle(PROBE_FILE, { create: true })
    const writable = await handle.createWritable()
    await writable.write(new Uint8Array(bytes))
    await writable.close()
    return true
  } catch {
    return false
  } finally {
    await root?.removeEntry(PROBE_FILE).catch(() => undefined)
  }
}
