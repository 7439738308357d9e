import { createImportedPlans, type ImportedPlanInput } from '../../db/importPlans'
import type { LibraryCommand } from './libraryCommand'

/** 导入上一年计划: the plans confirmed in the import preview, written in one transaction. */
export const importPlansCommand: LibraryCommand<ImportedPlanInput[], string[]> = {
  name: 'importPlans',
  label: '导入上一年计划',
  perform: (plans) => createImportedPlans(plans),
}
