import { generateNKeysBetween } from 'fractional-indexing'
import type { OutlineNode, Plan, RichDoc } from '../outline/types'
import { buildBackupFile, type BackupFile } from './backupFile'

const body = (title: string, index: number): RichDoc => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: `围绕${title}，` },
        { type: 'text', text: '深入开展劳动和技能竞赛', marks: [{ type: 'bold' }] },
        { type: 'text', text: '，引导职工建功立业，切实维护职工合法权益。' },
      ],
    },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: `由第${(index % 7) + 1}工作组牵头，年内完成。` }],
    },
  ],
})

/** One plan of `items` rows: 10 chapters, each with items of 10 sub-items (pre-order). */
function largePlan(planId: string, items: number): OutlineNode[] {
  const nodes: OutlineNode[] = []
  const perChapter = Math.ceil(items / 10)
  const add = (id: string, parentId: string | null, orderKey: string, name: string) =>
    nodes.push({
      id,
      planId,
      parentId,
      orderKey,
      title: name,
      body: body(name, nodes.length),
      rev: 0,
    })
  const chapterKeys = generateNKeysBetween(null, null, 10)
  const itemKeys = generateNKeysBetween(null, null, Math.ceil(perChapter / 11))
  const subKeys = generateNKeysBetween(null, null, 10)
  for (let c = 0; c < 10 && nodes.length < items; c++) {
    const chapterId = `${planId}-c${c}`
    add(chapterId, null, chapterKeys[c], `第${c + 1}章推动工会工作高质量发展`)
    for (let i = 0; i < itemKeys.length && nodes.length < items; i++) {
      const itemId = `${chapterId}-i${i}`
      add(itemId, chapterId, itemKeys[i], `第${c + 1}章第${i + 1}项重点工作`)
      for (let s = 0; s < 10 && nodes.length < items; s++)
        add(`${itemId}-s${s}`, itemId, subKeys[s], `第${c + 1}.${i + 1}.${s + 1}项具体措施`)
    }
  }
  return nodes
}

/**
 * A backup of `plans` plans holding `items` items in all, in the shape real plans have (chapters,
 * items, sub-items, each with a two-paragraph body). Made in tests, never committed as a file.
 */
export function largeBackup(items: number, plans: number): BackupFile {
  const planRows: Plan[] = []
  const nodes: OutlineNode[] = []
  for (let p = 0; p < plans; p++) {
    const id = `big-${p}`
    const count = Math.floor(items / plans) + (p < items % plans ? 1 : 0)
    planRows.push({
      id,
      title: `第${p + 1}号大计划`,
      unit: '某某镇总工会',
      year: 2027,
      numbering: { scheme: 'standard', continuousLevel2: false },
      preamble: null,
      createdAt: 1_000 + p,
      updatedAt: 2_000 + p,
      charCount: count * 60,
    })
    for (const node of largePlan(id, count)) nodes.push(node)
  }
  return buildBackupFile(
    {
      plans: planRows,
      nodes,
      phrases: [],
      phraseCategories: [],
      snapshots: [],
      settings: [],
      templates: [],
    },
    new Date('2026-11-27T08:00:00Z'),
  )
}
