import { repairTree as repairChange } from '../../domain/outline/treeInvariants'
import type { PlanCommand } from '../types'

/**
 * Run when a plan opens: rows a crash or a bug left unsound (orphans, cycles, clashing order
 * keys) are put back into a sound tree, nothing lost. The caller tells the user what was fixed.
 */
export const repairTree: PlanCommand<Record<string, never>> = {
  name: 'repairTree',
  label: '修复大纲',
  undoable: false,
  // Every stored row is in `byId`, whatever shape the tree is in.
  perform: ({ tree }) => ({ ok: true, change: repairChange([...tree.byId.values()]) }),
}
