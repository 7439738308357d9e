import { describe, expect, it } from 'vitest'
import { mergeBackup, type ExistingData } from './mergeBackup'
import { testTables } from './testBackup'

const empty: ExistingData = {
  planIds: new Set(),
  nodeIds: new Set(),
  snapshotIds: new Set(),
  phrases: [],
  phraseCategories: [],
  settingKeys: new Set(),
  templates: [],
}

const counter = () => {
  let next = 0
  return () => `new${++next}`
}

describe('mergeBackup', () => {
  it('adds everything as it is into an empty database, except its last backup time', () => {
    const tables = testTables()
    const { add, skippedPhrases } = mergeBackup(tables, empty, counter())
    const settings = tables.settings.filter((row) => row.key !== 'lastBackupAt')
    // Built-in templates are not taken: the app has its own, of its own version.
    const templates = tables.templates.filter((row) => row.builtinKey === undefined)
    expect(add).toEqual({ ...tables, settings, templates })
    expect(skippedPhrases).toBe(0)
  })

  it('gives clashing ids new ids and remaps every reference', () => {
    const tables = testTables()
    const { add } = mergeBackup(
      tables,
      {
        ...empty,
        planIds: new Set(['P1']),
        nodeIds: new Set(['A', 'Z']),
        snapshotIds: new Set(['S1']),
        settingKeys: new Set(['builtinPhrasesVersion', 'printHeader:P1']),
        phraseCategories: [{ id: 'U1', name: '调研', order: 13, builtin: false }],
      },
      counter(),
    )
    const planId = add.plans[0].id
    expect(planId).not.toBe('P1')
    expect(add.plans[1].id).toBe('P2')
    const [a, a1, b, c] = add.nodes
    expect(a.id).not.toBe('A')
    expect([a.planId, a1.planId, b.planId]).toEqual([planId, planId, planId])
    expect(a1).toMatchObject({ id: 'A1', parentId: a.id })
    expect(b).toMatchObject({ id: 'B', parentId: null })
    expect(c).toMatchObject({ id: 'C', planId: 'P2' })
    const [snapshot] = add.snapshots
    expect(snapshot.id).not.toBe('S1')
    expect(snapshot.planId).toBe(planId)
    expect(snapshot.plan.id).toBe(planId)
    // The version's rows follow the same map, so restoring it later adds no clashing id.
    expect(snapshot.nodes[0].id).toBe(a.id)
    expect(snapshot.nodes[1]).toMatchObject({ parentId: a.id, planId })
    expect(snapshot.nodes[1].id).not.toBe('Z')
    // The user's category 会议 clashes with 调研 by id: it gets a new one, its phrase follows.
    const category = add.phraseCategories.find((row) => row.name === '会议')!
    expect(category.id).not.toBe('U1')
    expect(add.phrases.find((row) => row.text === '召开职代会')?.categoryId).toBe(category.id)
    // The plan's own print header moves with it; app-wide settings already there stay.
    expect(add.settings).toEqual([
      { key: `printHeader:${planId}`, value: { subtitle: '（草案）' } },
    ])
    const ids = [...add.plans, ...add.nodes, ...add.snapshots].map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('merging a backup into the database it came from doubles plans, not phrases', () => {
    const tables = testTables()
    const { add, skippedPhrases } = mergeBackup(
      tables,
      {
        planIds: new Set(tables.plans.map((row) => row.id)),
        nodeIds: new Set(tables.nodes.map((row) => row.id)),
        snapshotIds: new Set(['S1']),
        phrases: tables.phrases,
        phraseCategories: tables.phraseCategories,
        settingKeys: new Set(tables.settings.map((row) => row.key)),
        templates: tables.templates,
      },
      counter(),
    )
    expect(add.plans.map((plan) => plan.title)).toEqual(['2027年工作计划', '旧计划'])
    expect(add.plans.every((plan) => !['P1', 'P2'].includes(plan.id))).toBe(true)
    expect(add.plans[1].deletedAt).toBe(3_000)
    expect(add.nodes).toHaveLength(4)
    expect(add.phrases).toEqual([])
    expect(add.phraseCategories).toEqual([])
    expect(skippedPhrases).toBe(2)
    expect(add.settings.map((row) => row.key)).toEqual([`printHeader:${add.plans[0].id}`])
    // The same own template is not added twice.
    expect(add.templates).toEqual([])
  })

  it('adds an own template whose id is taken by another under a new id', () => {
    const tables = testTables()
    const { add } = mergeBackup(
      tables,
      { ...empty, templates: [{ id: 'T1', updatedAt: 99 }] },
      counter(),
    )
    expect(add.templates.map((row) => [row.id, row.name])).toEqual([['new1', '我的工会模板']])
  })

  it('never takes the backup bookkeeping of another file', () => {
    const { add } = mergeBackup(testTables(), empty, counter())
    expect(add.settings.map((row) => row.key)).toContain('builtinPhrasesVersion')
    const tables = testTables()
    const merged = mergeBackup(
      tables,
      { ...empty, settingKeys: new Set(['builtinPhrasesVersion']) },
      counter(),
    )
    expect(merged.add.settings.map((row) => row.key)).toEqual(['printHeader:P1'])
  })
})

describe('mergeBackup with plans already here', () => {
  const stored = (tables = testTables()) =>
    tables.plans.map((plan) => ({
      plan: { ...plan, id: `here-${plan.id}`, updatedAt: 9_999, charCount: 0 },
      nodes: tables.nodes
        .filter((node) => node.planId === plan.id)
        .map((node) => ({ ...node, id: `here-${node.id}`, planId: `here-${plan.id}`, rev: 7 }))
        .map((node) => ({
          ...node,
          parentId: node.parentId === null ? null : `here-${node.parentId}`,
          // Other order keys, same order.
          orderKey: `b${node.orderKey}`,
        })),
    }))

  it('skips a plan that is here already, with its rows and versions, whatever its ids', () => {
    const tables = testTables()
    const { add, skippedPlans } = mergeBackup(tables, { ...empty, plans: stored() }, counter())
    expect(skippedPlans).toBe(2)
    expect(add.plans).toEqual([])
    expect(add.nodes).toEqual([])
    expect(add.snapshots).toEqual([])
  })

  it('adds a plan that differs in one body, one title or its place in the trash', () => {
    const tables = testTables()
    const here = stored()
    here[0].nodes = here[0].nodes.map((node, index) =>
      index === 1 ? { ...node, body: null } : node,
    )
    here[1].plan = { ...here[1].plan, deletedAt: undefined }
    const { add, skippedPlans } = mergeBackup(tables, { ...empty, plans: here }, counter())
    expect(skippedPlans).toBe(0)
    expect(add.plans.map((plan) => plan.title)).toEqual(tables.plans.map((plan) => plan.title))
  })

  it('a plan given a new id leaves its team server behind; one keeping its id keeps it', () => {
    const tables = testTables()
    const [first, second] = tables.plans
    const incoming = {
      ...tables,
      settings: [
        ...tables.settings,
        { key: `teamServer:${first.id}`, value: 'ws://127.0.0.1:1234' },
        { key: `teamServer:${second.id}`, value: 'ws://127.0.0.1:5678' },
      ],
    }
    // The first plan's id is taken here (by another plan): it comes in as a copy.
    const { add } = mergeBackup(incoming, { ...empty, planIds: new Set([first.id]) }, counter())
    const keys = add.settings.map((row) => row.key)
    expect(keys).not.toContain(`teamServer:${first.id}`)
    expect(keys.filter((key) => key.startsWith('teamServer:'))).toEqual([`teamServer:${second.id}`])
  })
})
