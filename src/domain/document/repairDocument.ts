import type * as Y from 'yjs'
import { setPosition } from './applyChangeToDocument'
import { NODE_KEY, REPAIR_ORIGIN, nodesMap, readAllRecords } from './planDocument'
import { isEmptyRepair, projectTree, type Projection, type TreeRepair } from './projectTree'

/**
 * Write the projection's repair into the records (REPAIR_ORIGIN: no undo step), so later edits
 * build on a sound tree. Every machine computes the same values from the same records, so two
 * machines repairing at once write the same thing. Returns what was repaired (for the notice),
 * or null when the tree was sound. `projection`: the document's projection when the caller keeps
 * one (the rows writer's, which the next command then finds made), else projected here.
 */
export function repairDocument(
  doc: Y.Doc,
  projection: Projection = projectTree(readAllRecords(doc)),
): TreeRepair | null {
  const { repair } = projection
  if (isEmptyRepair(repair)) return null
  const reparented = new Map(repair.reparented.map((entry) => [entry.id, entry.to]))
  const rekeyed = new Map(repair.rekeyed.map((entry) => [entry.id, entry.to]))
  doc.transact(() => {
    const records = nodesMap(doc)
    for (const id of new Set([...reparented.keys(), ...rekeyed.keys()])) {
      const record = records.get(id)
      if (!record) continue
      const parentId = reparented.has(id)
        ? (reparented.get(id) ?? null)
        : ((record.get(NODE_KEY.parentId) as string | null) ?? null)
      const orderKey = rekeyed.get(id) ?? String(record.get(NODE_KEY.orderKey))
      setPosition(record, parentId, orderKey)
    }
  }, REPAIR_ORIGIN)
  return repair
}

/** The notice shown after a repair (several windows or machines moved items at once). */
export function repairNotice(repair: TreeRepair, titleOf: (id: string) => string): string {
  const moved = repair.reparented.map((entry) => `「${titleOf(entry.id) || '未命名'}」`)
  if (moved.length) return `多处同时移动条目，${moved.join('、')}已移回原处或顶层，以保持大纲完整`
  return '多处同时插入条目，已重新排定顺序'
}
