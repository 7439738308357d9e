// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { addSiblingAfter } from '../../commands/outline/addItem'
import { runPlanCommand } from '../../commands/runPlanCommand'
import { db } from '../../db/db'
import { createPlan } from '../../db/planRepo'
import type { QueuedKey, TitleTarget } from '../../domain/outline/keyQueue'
import { buildTree, childrenOf } from '../../domain/outline/tree'
import { useEditorStore } from '../../store/editorStore'
import { useToastStore } from '../../store/toastStore'
import { useUndoStore } from '../../store/undoStore'
import { deliverKeysAway } from './deliverKeysAway'

const text = (value: string): QueuedKey => ({ kind: 'text', text: value })
const enter: QueuedKey = { kind: 'key', key: 'Enter', shift: false }
const tab: QueuedKey = { kind: 'key', key: 'Tab', shift: false }
const backspace: QueuedKey = { kind: 'key', key: 'Backspace', shift: false }
const ctrlEnter: QueuedKey = { kind: 'key', key: 'Enter', shift: false, mod: true }

/** A body's paragraphs as stored, one line each. */
async function bodyLines(planId: string, title: string): Promise<string[]> {
  const nodes = await db.nodes.where('planId').equals(planId).toArray()
  const node = nodes.find((candidate) => candidate.title === title)
  return (node?.body?.content ?? []).map((block) =>
    (block.content ?? []).map((inline) => inline.text ?? '').join(''),
  )
}

/** 一、甲 / 二、（the new item N, empty, its title not yet open）/ 三、乙 */
async function seedWithNewItem() {
  const planId = await createPlan(
    { title: '计划', unit: '', year: 2026 },
    {
      nodes: [
        { id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: null },
        { id: 'B', parentId: null, orderKey: 'a1', title: '乙', body: null },
      ],
    },
  )
  useUndoStore.getState().reset(planId)
  await runPlanCommand(addSiblingAfter, planId, { id: 'A', newId: 'N' }, { keepFocus: true })
  const target: TitleTarget = { field: 'rename', planId, nodeId: 'N', title: '', isNew: true }
  return { planId, target }
}

/** Titles as the outline shows them: indented two spaces per level. */
async function outline(planId: string): Promise<string[]> {
  const tree = buildTree(await db.nodes.where('planId').equals(planId).toArray())
  const lines: string[] = []
  const walk = (parentId: string | null, depth: number) => {
    for (const node of childrenOf(tree, parentId)) {
      lines.push(`${'  '.repeat(depth)}${node.title}`)
      walk(node.id, depth + 1)
    }
  }
  walk(null, 0)
  return lines
}

beforeEach(async () => {
  await db.delete()
  await db.open()
  useToastStore.setState({ toasts: [] })
})

describe('keys typed for a new title, written after the user pressed elsewhere', () => {
  it('the title typed before the press becomes the new item’s title', async () => {
    const { planId, target } = await seedWithNewItem()
    useEditorStore.getState().startRenaming('N')
    await deliverKeysAway({ target, items: [text('新增第四章')] })
    expect(await outline(planId)).toEqual(['甲', '新增第四章', '乙'])
    // Its field, had it opened without focus, is closed: the user is elsewhere.
    expect(useEditorStore.getState().renamingId).toBeNull()
  })

  it('an Enter opens the next item with the keys after it (Tab indents it)', async () => {
    const { planId, target } = await seedWithNewItem()
    await deliverKeysAway({ target, items: [text('丙'), enter, text('丁'), tab, enter] })
    // 甲
    // 丙
    //   丁        <- opened by the Enter, indented by the Tab
    // 乙          (the last Enter opened nothing: its item would have been empty)
    expect(await outline(planId)).toEqual(['甲', '丙', '  丁', '乙'])
  })

  it('with nothing typed, the empty new item goes again', async () => {
    const { planId, target } = await seedWithNewItem()
    await deliverKeysAway({ target, items: [] })
    expect(await outline(planId)).toEqual(['甲', '乙'])
  })

  it('keys that had no title to go to are named in a message, not dropped silently', async () => {
    const { planId, target } = await seedWithNewItem()
    await deliverKeysAway({ target, items: [text('丙'), { ...enter, key: 'Escape' }, text('x')] })
    expect(await outline(planId)).toEqual(['甲', '丙', '乙'])
    expect(useToastStore.getState().toasts.map((toast) => toast.message)).toEqual([
      '点击别处之前键入的“x”没有可填入的位置，未保存，请在需要处重新输入',
    ])
  })
})

describe('keys typed for a body, written after the user pressed elsewhere', () => {
  it('the body opened from the tree gets them at its end, its document opened for them', async () => {
    const planId = await createPlan(
      { title: '计划', unit: '', year: 2026 },
      {
        nodes: [
          { id: 'A', parentId: null, orderKey: 'a0', title: '甲', body: null },
          { id: 'B', parentId: null, orderKey: 'a1', title: '乙', body: null },
        ],
      },
    )
    // Not opened yet (as while it loads): the keys are written once it is there.
    useEditorStore.getState().startEditing('A', 'body')
    const target = { field: 'body', planId, nodeId: 'A', at: 'end' } as const
    const keys = [text('落实'), enter, text('保障制度'), backspace, backspace]
    await deliverKeysAway({ target, items: keys })
    expect(await bodyLines(planId, '甲')).toEqual(['落实', '保障'])
    // Its editor, had it opened without focus, is closed: the user is elsewhere.
    expect(useEditorStore.getState().editingId).toBeNull()
    expect(useToastStore.getState().toasts).toEqual([])
  })

  it('a new item in the document: its title, Enter, its body; Ctrl+Enter, the next item', async () => {
    const { planId, target } = await seedWithNewItem()
    await deliverKeysAway({
      target: { ...target, field: 'title' },
      items: [text('丙'), enter, text('丙正文'), ctrlEnter, text('丁'), enter, text('丁正文')],
    })
    expect(await outline(planId)).toEqual(['甲', '丙', '丁', '乙'])
    expect(await bodyLines(planId, '丙')).toEqual(['丙正文'])
    expect(await bodyLines(planId, '丁')).toEqual(['丁正文'])
    expect(useToastStore.getState().toasts).toEqual([])
  })
})
