// Plans in the realistic shape the issue describes: 10 chapters, items with 10 sub-items each,
// every node with a body. Written straight into IndexedDB by the bench (see scenarios.mjs).
import { generateNKeysBetween } from 'fractional-indexing'

/** Items per chapter and sub-items per item for each size (10 chapters each). */
export const SHAPES = {
  // 10 + 10 × (1 + 3) = 50
  S: { items: 1, subItems: 3 },
  // 10 + 10 × 18 × 11 = 1,990: a chapter has 198 descendants
  L: { items: 18, subItems: 10 },
  // 10 + 10 × 91 × 11 = 10,020: a chapter has 1,001 descendants
  XL: { items: 91, subItems: 10 },
}

const CHAPTERS = 10

/** A body of plain paragraphs, one per line (as the app stores it: a Tiptap doc). */
export function doc(lines) {
  return {
    type: 'doc',
    content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  }
}

function body(title, index) {
  return doc([
    `围绕${title}，深入开展劳动和技能竞赛，引导职工建功立业，切实维护职工合法权益。`,
    `由第${(index % 7) + 1}工作组牵头，年内完成，确保各项任务落到实处。`,
  ])
}

/**
 * Plan and node rows for one size, in pre-order; `middleId` is the node in the middle of the
 * plan (typed into), `chapterIds` the chapters in order.
 */
export function generatePlan(size) {
  const shape = SHAPES[size]
  if (!shape) throw new Error(`unknown size ${size} (S, L or XL)`)
  const planId = `bench-${size}`
  const nodes = []
  const chapterKeys = generateNKeysBetween(null, null, CHAPTERS)
  const itemKeys = generateNKeysBetween(null, null, shape.items)
  const subKeys = generateNKeysBetween(null, null, shape.subItems)
  const chapterIds = []
  const add = (id, parentId, orderKey, title) =>
    nodes.push({ id, planId, parentId, orderKey, title, body: body(title, nodes.length), rev: 0 })
  for (let c = 0; c < CHAPTERS; c++) {
    const chapterId = `${planId}-c${c + 1}`
    chapterIds.push(chapterId)
    add(chapterId, null, chapterKeys[c], `第${c + 1}章推动工会工作高质量发展`)
    for (let i = 0; i < shape.items; i++) {
      const itemId = `${chapterId}-i${i + 1}`
      add(itemId, chapterId, itemKeys[i], `第${c + 1}章第${i + 1}项重点工作`)
      for (let s = 0; s < shape.subItems; s++)
        add(`${itemId}-s${s + 1}`, itemId, subKeys[s], `第${c + 1}.${i + 1}.${s + 1}项具体措施`)
    }
  }
  const now = Date.now()
  const plan = {
    id: planId,
    title: `基准计划${size}`,
    unit: '某某镇总工会',
    year: 2026,
    numbering: { scheme: 'standard', continuousLevel2: false },
    preamble: null,
    createdAt: now,
    updatedAt: now,
    charCount: 0,
  }
  const chapterDescendants = shape.items * (1 + shape.subItems)
  // Halfway through the sixth chapter: the middle of the plan.
  const middle = nodes[Math.floor(nodes.length / 2) + Math.floor(chapterDescendants / 2)]
  return {
    plan,
    nodes,
    chapterIds,
    middleId: middle.id,
    middleBody: middle.body,
    firstId: nodes[0].id,
    lastId: nodes[nodes.length - 1].id,
    chapterDescendants,
  }
}

const DIGITS = '零一二三四五六七八九'

/** 1..999 in Chinese numerals, as plans number items: 十一, 二十, 一百零五. */
export function chineseNumber(n) {
  if (n < 10) return DIGITS[n]
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`
  const rest = n % 100
  const hundreds = `${DIGITS[Math.floor(n / 100)]}百`
  if (rest === 0) return hundreds
  if (rest < 10) return `${hundreds}零${DIGITS[rest]}`
  return `${hundreds}${rest < 20 ? '一' : ''}${chineseNumber(rest)}`
}

/**
 * A 10,000-line plan text: 10 chapters of 111 items, each item a heading line and 8 numbered
 * run-in lines (1 + 111 × 9 = 1,000 lines per chapter).
 */
export function importText() {
  const lines = []
  for (let c = 1; c <= 10; c++) {
    lines.push(`${chineseNumber(c)}、第${c}章推动工会工作高质量发展`)
    for (let i = 1; i <= 111; i++) {
      lines.push(`（${chineseNumber(i)}）第${c}章第${i}项重点工作`)
      for (let s = 1; s <= 8; s++)
        lines.push(`${s}.第${s}项措施。深入开展劳动和技能竞赛，切实维护职工合法权益。`)
    }
  }
  return lines.join('\n')
}
