import { docFromText } from '../outline/richText'
import type { OutlineNode, Plan } from '../outline/types'
import { testTemplate } from '../templates/testTemplate'
import { buildBackupFile, type BackupFile, type BackupTables } from './backupFile'

const plan = (id: string, title: string, extra: Partial<Plan> = {}): Plan => ({
  id,
  title,
  unit: '某某镇总工会',
  year: 2027,
  numbering: { scheme: 'standard', continuousLevel2: false },
  preamble: docFromText('坚持以人民为中心'),
  createdAt: 1_000,
  updatedAt: 2_000,
  charCount: 12,
  ...extra,
})

const node = (
  id: string,
  planId: string,
  parentId: string | null,
  orderKey: string,
): OutlineNode => ({
  id,
  planId,
  parentId,
  orderKey,
  title: `条目${id}`,
  body: docFromText(`正文${id}`),
  rev: 1,
})

/** Two plans (one in the trash), a tree, a version, a built-in and an own phrase, settings. */
export function testTables(): BackupTables {
  const plans = [plan('P1', '2027年工作计划'), plan('P2', '旧计划', { deletedAt: 3_000 })]
  return {
    plans,
    nodes: [
      node('A', 'P1', null, 'a0'),
      node('A1', 'P1', 'A', 'a0'),
      node('B', 'P1', null, 'a1'),
      node('C', 'P2', null, 'a0'),
    ],
    phraseCategories: [
      { id: 'cat-mine', name: '我的常用语', order: 12, builtin: true },
      { id: 'U1', name: '会议', order: 13, builtin: false },
    ],
    phrases: [
      {
        id: 'F1',
        text: '坚持××',
        categoryId: 'cat-mine',
        builtinKey: 'k1',
        useCount: 0,
        lastUsedAt: 0,
        createdAt: 1,
      },
      { id: 'F2', text: '召开职代会', categoryId: 'U1', useCount: 2, lastUsedAt: 5, createdAt: 4 },
    ],
    snapshots: [
      {
        id: 'S1',
        planId: 'P1',
        createdAt: 1_500,
        label: '初稿',
        kind: 'manual',
        plan: plans[0],
        nodes: [node('A', 'P1', null, 'a0'), node('Z', 'P1', 'A', 'a0')],
        charCount: 10,
      },
    ],
    settings: [
      { key: 'builtinPhrasesVersion', value: 1 },
      { key: 'printHeader:P1', value: { subtitle: '（草案）' } },
      { key: 'lastBackupAt', value: 2_500 },
    ],
    templates: [
      { ...testTemplate(), id: 'T1' },
      { ...testTemplate(false), id: 'TB', builtinKey: 'town-union', builtinVersion: 1 },
    ],
  }
}

export const testBackup = (tables = testTables()): BackupFile =>
  buildBackupFile(tables, new Date('2026-11-27T08:00:00Z'))
