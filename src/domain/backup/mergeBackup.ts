import type { Snapshot } from '../history/types'
import type { OutlineNode } from '../outline/types'
import type { Phrase, PhraseCategory } from '../phrases/types'
import type { Template } from '../templates/types'
import type { BackupTables } from './backupFile'
import { isSamePlan, type PlanWithRows } from './isSamePlan'
import {
  LOCAL_SETTING_KEYS,
  planIdOfSetting,
  settingKeyForPlan,
  teamServerPlanId,
} from './settingRules'

/** What the database holds already, as far as a merge needs to know. */
export interface ExistingData {
  planIds: ReadonlySet<string>
  /** Node ids in the nodes table and inside snapshots (a restored version brings them back). */
  nodeIds: ReadonlySet<string>
  snapshotIds: ReadonlySet<string>
  phrases: readonly Phrase[]
  phraseCategories: readonly PhraseCategory[]
  settingKeys: ReadonlySet<string>
  /** Stored templates' ids and edit times (an identical one is not added twice). */
  templates: readonly Pick<Template, 'id' | 'updatedAt'>[]
  /**
   * Stored plans that may be the same as one in the file (those of a title the file has), with
   * their rows: a plan already here as it is in the file is not added again.
   */
  plans?: readonly PlanWithRows[]
}

export interface MergeResult {
  /** The rows to add, every id free and every reference pointing at the row's new id. */
  add: BackupTables
  /** Phrases left out because the same one is there already (a built-in, or the same text). */
  skippedPhrases: number
  /** Plans left out because the same plan is there already (isSamePlan). */
  skippedPlans: number
}

/** The file's plans that are here already, each with the stored plan's id. */
function samePlans(incoming: BackupTables, stored: readonly PlanWithRows[]): Map<string, string> {
  const same = new Map<string, string>()
  if (stored.length === 0) return same
  const rows = new Map<string, OutlineNode[]>()
  for (const node of incoming.nodes) {
    const list = rows.get(node.planId)
    if (list) list.push(node)
    else rows.set(node.planId, [node])
  }
  const used = new Set<string>()
  for (const plan of incoming.plans) {
    const candidate = { plan, nodes: rows.get(plan.id) ?? [] }
    const match = stored.find((other) => !used.has(other.plan.id) && isSamePlan(candidate, other))
    if (!match) continue
    used.add(match.plan.id)
    same.set(plan.id, match.plan.id)
  }
  return same
}

/** An id map that gives a row a new id only when its id is taken. */
function idMap(taken: ReadonlySet<string>, newId: () => string) {
  const renamed = new Map<string, string>()
  return (id: string): string => {
    if (!taken.has(id)) return id
    let next = renamed.get(id)
    if (next === undefined) renamed.set(id, (next = newId()))
    return next
  }
}

function mergeCategories(
  incoming: readonly PhraseCategory[],
  existing: readonly PhraseCategory[],
  newId: () => string,
): { add: PhraseCategory[]; categoryId: (id: string) => string } {
  const byId = new Map(existing.map((category) => [category.id, category]))
  const byName = new Map(existing.map((category) => [category.name, category]))
  const mapped = new Map<string, string>()
  const add: PhraseCategory[] = []
  for (const category of incoming) {
    // The same category (a built-in, or one of the user's with the same name) is used as it is.
    const same = byId.get(category.id)?.name === category.name ? byId.get(category.id) : undefined
    const match = same ?? byName.get(category.name)
    if (match) {
      mapped.set(category.id, match.id)
      continue
    }
    const id = byId.has(category.id) ? newId() : category.id
    mapped.set(category.id, id)
    add.push({ ...category, id })
  }
  return { add, categoryId: (id) => mapped.get(id) ?? id }
}

/**
 * The user's own templates from the file, each under a free id; the same template (same id and
 * edit time) is not added twice. Built-ins are left out: this app has its own, of its version.
 */
function mergeTemplates(
  incoming: readonly Template[],
  existing: readonly Pick<Template, 'id' | 'updatedAt'>[],
  newId: () => string,
): Template[] {
  const stored = new Map(existing.map((template) => [template.id, template.updatedAt]))
  return incoming
    .filter((template) => template.builtinKey === undefined)
    .filter((template) => stored.get(template.id) !== template.updatedAt)
    .map((template) => (stored.has(template.id) ? { ...template, id: newId() } : template))
}

/**
 * 合并: everything in the backup is added next to what exists. A row whose id is taken gets a new
 * id and every reference follows it (nodes' and snapshots' plan, nodes' parent, snapshot rows,
 * phrases' category, a plan's own settings). A plan that is here already, the same in title,
 * settings and every item (isSamePlan), is not added again, nor its rows and versions; a phrase
 * or category that is already there is not added twice. Pure: ids come from `newId`.
 */
export function mergeBackup(
  incoming: BackupTables,
  existing: ExistingData,
  newId: () => string,
): MergeResult {
  const same = samePlans(incoming, existing.plans ?? [])
  const fresh = idMap(existing.planIds, newId)
  const planId = (id: string) => same.get(id) ?? fresh(id)
  const nodeId = idMap(existing.nodeIds, newId)
  const snapshotId = idMap(existing.snapshotIds, newId)
  const moveNode = (node: OutlineNode): OutlineNode => ({
    ...node,
    id: nodeId(node.id),
    planId: planId(node.planId),
    parentId: node.parentId === null ? null : nodeId(node.parentId),
  })
  const plans = incoming.plans
    .filter((plan) => !same.has(plan.id))
    .map((plan) => ({ ...plan, id: planId(plan.id) }))
  const nodes = incoming.nodes.filter((node) => !same.has(node.planId)).map(moveNode)
  const snapshots = incoming.snapshots
    .filter((snapshot) => !same.has(snapshot.planId))
    .map((snapshot): Snapshot => ({
      ...snapshot,
      id: snapshotId(snapshot.id),
      planId: planId(snapshot.planId),
      plan: { ...snapshot.plan, id: planId(snapshot.plan.id) },
      nodes: snapshot.nodes.map(moveNode),
    }))

  const categories = mergeCategories(incoming.phraseCategories, existing.phraseCategories, newId)
  const phraseId = idMap(new Set(existing.phrases.map((phrase) => phrase.id)), newId)
  const builtinKeys = new Set(existing.phrases.map((phrase) => phrase.builtinKey))
  const texts = new Set(existing.phrases.map((phrase) => `${phrase.categoryId}\n${phrase.text}`))
  const phrases: Phrase[] = []
  for (const phrase of incoming.phrases) {
    const categoryId = categories.categoryId(phrase.categoryId)
    const text = `${categoryId}\n${phrase.text}`
    if ((phrase.builtinKey && builtinKeys.has(phrase.builtinKey)) || texts.has(text)) continue
    texts.add(text)
    phrases.push({ ...phrase, id: phraseId(phrase.id), categoryId })
  }

  const settings = incoming.settings
    .filter(({ key }) => !LOCAL_SETTING_KEYS.includes(key))
    // A plan given another id here is a copy, not the team's plan (the server knows it by its
    // id): its team server is not carried over, nor put on the plan that holds the id now.
    .filter(({ key }) => {
      const team = teamServerPlanId(key)
      return team === null || planId(team) === team
    })
    .map(({ key, value }) => {
      const owner = planIdOfSetting(key)
      return { key: owner === null ? key : settingKeyForPlan(key, planId(owner)), value }
    })
    .filter(({ key }) => !existing.settingKeys.has(key))

  return {
    add: {
      plans,
      nodes,
      phrases,
      phraseCategories: categories.add,
      snapshots,
      settings,
      templates: mergeTemplates(incoming.templates, existing.templates, newId),
    },
    skippedPhrases: incoming.phrases.length - phrases.length,
    skippedPlans: same.size,
  }
}
