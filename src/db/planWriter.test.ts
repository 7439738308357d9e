import { beforeEach, describe, expect, it } from 'vitest'
import { emptyChange, invertChange } from '../domain/outline/planChange'
import { docFromText, docText } from '../domain/outline/richText'
import type { OutlineNode } from '../domain/outline/types'
import { db } from './db'
import { saveDraft } from './draftRepo'
import { createPlan } from './planRepo'
import { applyChange, foldDrafts, planTransaction, StaleWriteError } from './planWriter'
import { bodyHash, CONFLICT_SEPARATOR } from '../domain/outline/bodyConflict'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

async function seed() {
  return createPlan(
    { title: '计划', unit: '', year: 2026 },
    {
      nodes: [
        { id: 'A', parentId: null, orderKey: 'a0', title: '一二', body: null },
        { id: 'B', parentId: null, orderKey: 'a1', title: '三', body: docFromText('四五') },
      ],
    },
  )
}

const node = async (id: string) => (await db.nodes.get(id)) as OutlineNode
const rename = (before: OutlineNode, title: string) => ({
  ...emptyChange(),
  updated: [{ before, after: { ...before, title } }],
})

describe('the plan writer', () => {
  it('keeps the derived fields: rev, charCount, updatedAt', async () => {
    const planId = await seed()
    const before = await db.plans.get(planId)
    expect(before!.charCount).toBe(7)
    const a = await node('A')
    const applied = await applyChange(planId, rename(a, '一二三四'))
    expect((await node('A')).rev).toBe((a.rev ?? 0) + 1)
    expect(applied.updated[0].after.rev).toBe((a.rev ?? 0) + 1)
    const after = await db.plans.get(planId)
    expect(after!.charCount).toBe(9)
    expect(after!.updatedAt).toBeGreaterThanOrEqual(before!.updatedAt)
  })

  it('refuses a stale write to a field changed since, and applies nothing of it', async () => {
    const planId = await seed()
    const a = await node('A')
    const b = await node('B')
    await applyChange(planId, rename(a, '别处改过'))
    // Computed from the old row A, together with a good write to B: all or nothing.
    const stale = {
      ...emptyChange(),
      updated: [...rename(b, '新三').updated, ...rename(a, '旧').updated],
    }
    await expect(applyChange(planId, stale)).rejects.toBeInstanceOf(StaleWriteError)
    expect((await node('A')).title).toBe('别处改过')
    expect((await node('B')).title).toBe('三')
  })

  it('merges a stale write that touches other fields (undoing a move keeps later typing)', async () => {
    const planId = await seed()
    const a = await node('A')
    const moved = await applyChange(planId, {
      ...emptyChange(),
      updated: [{ before: a, after: { ...a, orderKey: 'a2' } }],
    })
    await applyChange(planId, rename(await node('A'), '后来输入的标题'))
    await applyChange(planId, invertChange(moved))
    const stored = await node('A')
    expect(stored.orderKey).toBe('a0')
    expect(stored.title).toBe('后来输入的标题')
  })

  it('folds the draft being typed in before writing, so a removal keeps the newest text', async () => {
    const planId = await seed()
    await saveDraft(planId, 'B', docFromText('刚刚输入'))
    const b = await node('B')
    const applied = await applyChange(planId, { ...emptyChange(), removed: [b] })
    expect(docText(applied.removed[0].body)).toBe('刚刚输入')
    expect(await db.drafts.count()).toBe(0)
    await applyChange(planId, invertChange(applied))
    expect(docText((await node('B')).body)).toBe('刚刚输入')
  })

  it('changes plan fields with checks, and refuses an empty title', async () => {
    const planId = await seed()
    const applied = await applyChange(planId, {
      ...emptyChange(),
      plan: { before: {}, after: { title: '新的计划标题' } },
    })
    expect(applied.plan).toEqual({ before: { title: '计划' }, after: { title: '新的计划标题' } })
    expect((await db.plans.get(planId))!.charCount).toBe(11)
    await expect(
      applyChange(planId, { ...emptyChange(), plan: { before: {}, after: { title: ' ' } } }),
    ).rejects.toThrow('计划标题不能为空')
    await expect(
      applyChange(planId, {
        ...emptyChange(),
        plan: { before: { title: '计划' }, after: { title: 'x' } },
      }),
    ).rejects.toBeInstanceOf(StaleWriteError)
  })
})

describe('a body typed in two windows at once', () => {
  it('folds over a body changed elsewhere keeping both texts; over its own base, replaces', async () => {
    const planId = await seed()
    const base = (await node('B')).body
    // This window typed on the body as it was …
    await saveDraft(planId, 'B', docFromText('本窗口的文字'), {
      baseHash: bodyHash(base),
      session: 'A',
    })
    // … while another window wrote its own text into the same body.
    const b = await node('B')
    await db.nodes.put({ ...b, body: docFromText('另一窗口的文字'), rev: (b.rev ?? 0) + 1 })
    await planTransaction(() => foldDrafts(planId, ['B']))
    const merged = docText((await node('B')).body)
    expect(merged).toContain('本窗口的文字')
    expect(merged).toContain('另一窗口的文字')
    expect(merged).toContain(CONFLICT_SEPARATOR)
    expect((await node('B')).bodySession).toBe('A')
    // Its own earlier fold is no conflict, whatever base its later drafts carry.
    await saveDraft(planId, 'B', docFromText('继续输入'), {
      baseHash: bodyHash(base),
      session: 'A',
    })
    await planTransaction(() => foldDrafts(planId, ['B']))
    expect(docText((await node('B')).body)).toBe('继续输入')
    // On the body it was typed on, the draft simply replaces it.
    const now = (await node('B')).body
    await saveDraft(planId, 'B', docFromText('只有这一份'), {
      baseHash: bodyHash(now),
      session: 'A',
    })
    await planTransaction(() => foldDrafts(planId, ['B']))
    expect(docText((await node('B')).body)).toBe('只有这一份')
  })
})

describe('two windows typing into one body before either is folded', () => {
  it('keeps both: the second draft folds the first in instead of overwriting it', async () => {
    const planId = await seed()
    const base = bodyHash((await node('B')).body)
    await saveDraft(planId, 'B', docFromText('甲窗口的话'), { baseHash: base, session: 'A' })
    await saveDraft(planId, 'B', docFromText('乙窗口的话'), { baseHash: base, session: 'B' })
    expect(docText((await node('B')).body)).toBe('甲窗口的话')
    await planTransaction(() => foldDrafts(planId, ['B']))
    const both = docText((await node('B')).body)
    expect(both).toContain('甲窗口的话')
    expect(both).toContain('乙窗口的话')
  })
})
