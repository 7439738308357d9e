import type { JobReport, JobRequest } from './backupRestoreMessages'
import { createBackupRestoreJob } from './backupRestoreJob'

/** The worker of 从备份恢复: the page's thread stays free while a large file is read and written. */
const handle = createBackupRestoreJob((report: JobReport) => self.postMessage(report))

self.addEventListener('message', (event: MessageEvent<JobRequest>) => void handle(event.data))
