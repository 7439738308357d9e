import { create } from 'zustand'

/** 备份全部数据 under way: how far (读取 → 生成) and how to stop it. */
export interface BackupProgress {
  stage: 'reading' | 'writing'
  share: number
  cancel: () => void
}

/** The backup being made, shown as one progress dialog wherever it was started. */
export const useBackupProgress = create<{ running: BackupProgress | null }>(() => ({
  running: null,
}))
