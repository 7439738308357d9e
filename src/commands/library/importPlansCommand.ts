import {
  createImportedPlans,
  type ImportedPlanInput,
  type ImportWriteOptions,
} from '../../db/importPlans'
import type { LibraryCommand } from './libraryCommand'

/** 导入上一年计划: the plans confirmed in the import preview, written in one transaction. */
export const importPlansCommand: LibraryCommand<
  { plans: ImportedPlanInput[] } & ImportWriteOptions,
  string[]
> = {
  name: 'importPlans',
  label: '导入上一年计划',
  perform: ({ plans, ...options }) => createImportedPlans(plans, options),
}
