import { useCallback, useEffect, useState } from 'react'

export interface StorageStatus {
  /** navigator.storage exists (a secure context in a current browser). */
  supported: boolean
  /** null while it is being asked. */
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

const storage = (): StorageManager | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage

async function readStatus(): Promise<StorageStatus> {
  const manager = storage()
  if (!manager?.persisted) return { supported: false, persisted: false, usage: null, quota: null }
  const [persisted, estimate] = await Promise.all([
    manager.persisted(),
    manager.estimate ? manager.estimate() : Promise.resolve<StorageEstimate>({}),
  ])
  return {
    supported: true,
    persisted,
    usage: estimate.usage ?? null,
    quota: estimate.quota ?? null,
  }
}

/** Whether this site's storage is persistent and how much it uses; `persist` asks the browser. */
export function useStorageStatus(): StorageStatus & {
  refresh: () => void
  persist: () => Promise<boolean>
} {
  const [status, setStatus] = useState<StorageStatus>({
    supported: Boolean(storage()?.persisted),
    persisted: null,
    usage: null,
    quota: null,
  })
  const refresh = useCallback(() => {
    void readStatus().then(setStatus)
  }, [])
  useEffect(refresh, [refresh])
  const persist = useCallback(async () => {
    const granted = (await storage()?.persist?.()) ?? false
    refresh()
    return granted
  }, [refresh])
  return { ...status, refresh, persist }
}
