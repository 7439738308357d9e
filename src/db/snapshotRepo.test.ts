import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_NUMBERING } from '../domain/outline/numbering'
import { drawTree } from '../domain/outline/drawTree'
import { planCharacters } from '../domain/outline/planFields'
import { docFromText, docText } from '../domain/outline/richText'
import { buildTree } from '../domain/outline/tree'
import { deleteSubtree, moveNodes } from '../domain/outline/treeOps'
import type { OutlineNode } from '../domain/outline/types'
import { db } from './db'
import { createPlan, loadPlan } from './planRepo'
import { applyChange } from './planWriter'
import {
  AUTO_SNAPSHOT_INTERVAL_MS,
  autoSnapshot,
  getSnapshot,
  listSnapshots,
  restoreSnapshot,
  snapshotBeforeBulk,
  takeSnapshot,
} from './snapshotRepo'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

async function seed() {
  return createPlan(
    { title: '工作要点', unit: '某某镇总工会', year: 2026 },
    {
      nodes: [
        { id: 'A', parentId: null, orderKey: 'a0', title: '加强思想引领', body: null },
        { id: 'A1', parentId: 'A', orderKey: 'a0', title: '深化学习', body: docFromText('学习') },
        { id: 'A2', parentId: 'A', orderKey: 'a1', title: '宣传教育', body: null },
        { id: 'B', parentId: null, orderKey: 'a1', title: '维护权益', body: null },
      ],
    },
  )
}

async function current(planId: string) {
  const loaded = (await loadPlan(planId))!
  return { ...loaded, drawn: drawTree(buildTree(loaded.nodes), loaded.plan.numbering) }
}

async function edit(
  planId: string,
  change: (nodes: OutlineNode[]) => Parameters<typeof applyChange>[1],
) {
  const { nodes } = await current(planId)
  await applyChange(planId, change(nodes))
}

describe('version history in the database', () => {
  it('takes a snapshot of the plan, and lists it', async () => {
    const planId = await seed()
    await db.nodes.update('A1', { body: docFromText('正在输入') })
    const before = await db.plans.get(planId)
    const meta = await takeSnapshot(planId, 'manual', '  初稿 ')
    expect(meta).toMatchObject({ planId, label: '初稿', kind: 'manual', nodeCount: 4 })
    const snapshot = (await getSnapshot(meta.id))!
    expect(docText(snapshot.nodes.find((node) => node.id === 'A1')!.body)).toBe('正在输入')
    expect(snapshot.charCount).toBe(planCharacters(snapshot.plan, snapshot.nodes))
    // Taking a snapshot writes nothing to the plan.
    expect(await db.plans.get(planId)).toEqual(before)
    expect((await listSnapshots(planId)).map((item) => item.label)).toEqual(['初稿'])
  })

  it('restores titles, bodies, structure and numbering, keeping the current state first', async () => {
    const planId = await seed()
    const before = await current(planId)
    const { id } = await takeSnapshot(planId, 'manual', '初稿')

    await edit(planId, (nodes) => {
      const tree = buildTree(nodes)
      const moved = moveNodes(tree, ['B'], { parentId: null, index: 0 })
      if (!moved.ok) throw new Error(moved.reason)
      return moved.change
    })
    await edit(planId, (nodes) => {
      const removed = deleteSubtree(buildTree(nodes), 'A2')
      if (!removed.ok) throw new Error(removed.reason)
      const a1 = nodes.find((node) => node.id === 'A1')!
      return {
        ...removed.change,
        updated: [
          { before: a1, after: { ...a1, title: '改过的标题', body: docFromText('新正文') } },
        ],
        plan: {
          before: {},
          after: { title: '工作计划', numbering: { ...DEFAULT_NUMBERING, scheme: 'twoLevel' } },
        },
      }
    })
    const edited = await current(planId)
    expect(edited.drawn).not.toBe(before.drawn)

    await restoreSnapshot(id)
    const restored = await current(planId)
    expect(restored.drawn).toBe(before.drawn)
    expect(restored.drawn).toBe(
      '一、加强思想引领\n  （一）深化学习\n  （二）宣传教育\n二、维护权益',
    )
    expect(docText(restored.nodes.find((node) => node.id === 'A1')!.body)).toBe('学习')
    expect(restored.plan.title).toBe('工作要点')
    expect(restored.plan.charCount).toBe(before.plan.charCount)
    expect(restored.plan.charCount).toBe(planCharacters(restored.plan, restored.nodes))

    const [newest] = await listSnapshots(planId)
    expect(newest).toMatchObject({ kind: 'before-restore', label: '恢复“初稿”之前' })
    const kept = (await getSnapshot(newest.id))!
    expect(drawTree(buildTree(kept.nodes), kept.plan.numbering)).toBe(edited.drawn)
  })

  it('snapshots before a bulk operation', async () => {
    const planId = await seed()
    const meta = await snapshotBeforeBulk(planId, '导入前')
    expect(meta).toMatchObject({ kind: 'before-bulk', label: '导入前' })
  })

  it('takes an automatic snapshot at most every 10 minutes, and only after a change', async () => {
    const planId = await seed()
    const start = Date.now()
    expect(await autoSnapshot(planId, start)).toBe(start + AUTO_SNAPSHOT_INTERVAL_MS)
    expect(await autoSnapshot(planId, start + 60_000)).toBe(start + AUTO_SNAPSHOT_INTERVAL_MS)
    expect(await listSnapshots(planId)).toHaveLength(1)
    // Unchanged since: nothing new even after the interval.
    await autoSnapshot(planId, start + AUTO_SNAPSHOT_INTERVAL_MS + 1)
    expect(await listSnapshots(planId)).toHaveLength(1)
    await edit(planId, (nodes) => ({
      added: [],
      removed: [],
      updated: [{ before: nodes[0], after: { ...nodes[0], title: '新' } }],
    }))
    const later = Date.now() + AUTO_SNAPSHOT_INTERVAL_MS
    await autoSnapshot(planId, later)
    expect((await listSnapshots(planId)).map((item) => item.kind)).toEqual(['auto', 'auto'])
  })
})
