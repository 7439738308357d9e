import { addChapter, addChild, addSiblingAfter } from './outline/addItem'
import { duplicateItem } from './outline/duplicateItem'
import { indentItem, moveItemDown, moveItemUp, outdentItem } from './outline/moveItem'
import { removeItem } from './outline/removeItem'
import type { PlanCommand } from './types'

/**
 * The outline's actions on the selected item, in toolbar order. The toolbar buttons, their
 * tooltips and the tree's keys are all made from this list.
 */
export const OUTLINE_ITEM_COMMANDS: readonly PlanCommand<{ id: string | null }>[] = [
  addSiblingAfter,
  addChild,
  outdentItem,
  indentItem,
  moveItemUp,
  moveItemDown,
  duplicateItem,
  removeItem,
]

export { addChapter }
