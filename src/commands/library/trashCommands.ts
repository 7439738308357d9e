import { purgeExpiredTrash, purgeTrashedPlan, restoreTrashedPlan } from '../../db/trashRepo'
import type { LibraryCommand } from './libraryCommand'

/** 恢复: a plan back from the trash to the library (also the delete toast's 撤销). */
export const restoreTrashedPlanCommand: LibraryCommand<{ planId: string }, void> = {
  name: 'restoreTrashedPlan',
  label: '恢复计划',
  perform: ({ planId }) => restoreTrashedPlan(planId),
}

/** 彻底删除: a plan in the trash, with its nodes and history, for ever. */
export const purgeTrashedPlanCommand: LibraryCommand<{ planId: string }, void> = {
  name: 'purgeTrashedPlan',
  label: '彻底删除',
  perform: ({ planId }) => purgeTrashedPlan(planId),
}

/** At start-up: plans in the trash for more than 30 days are deleted for ever. */
export const purgeExpiredTrashCommand: LibraryCommand<void, number> = {
  name: 'purgeExpiredTrash',
  label: '清理回收站',
  perform: () => purgeExpiredTrash(),
}
