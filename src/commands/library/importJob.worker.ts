import type { ImportReport, ImportRequest } from './importJobMessages'
import { createImportJob } from './importJob'

/**
 * The worker of 导入上一年计划: a long text is split, parsed, outlined and written here, so the
 * page keeps answering. Loaded from this origin, as the CSP's worker-src allows.
 */
const handle = createImportJob((report: ImportReport) => self.postMessage(report))

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => void handle(event.data))
