import { keysBetween } from '../outline/orderKeys'
import { docFromText } from '../outline/richText'
import type { OutlineNode } from '../outline/types'

// A test fixture (checkPlan.test.ts and checkPlan.bench.test.ts), not used by the app.

/** A body with five problems (half-width punctuation, a slot, 。/. mixed). */
export const MESSY_BODY =
  '围绕2026年目标,组织××名职工参加培训。加强学习.推动工会工作高质量发展，时间:全年(含节假日)。\n第二段正文，共1,000人参加，增长3.5%。'
/** The same body without problems. */
export const CLEAN_BODY =
  '围绕2026年目标，组织100名职工参加培训。加强学习，推动工会工作高质量发展，时间：全年（含节假日）。\n第二段正文，共1,000人参加，增长3.5%。'

/** 20 chapters of 99 items (2,000 nodes), every body `text`; every tenth title has two problems. */
export function generatedCheckPlan(text: string): OutlineNode[] {
  const nodes: OutlineNode[] = []
  const body = docFromText(text)
  const chapterKeys = keysBetween(undefined, undefined, 20)
  chapterKeys.forEach((chapterKey, chapter) => {
    const chapterId = `c${chapter}`
    nodes.push({
      id: chapterId,
      planId: 'p',
      parentId: null,
      orderKey: chapterKey,
      title: `第${chapter}章工作`,
      body,
    })
    keysBetween(undefined, undefined, 99).forEach((orderKey, index) =>
      nodes.push({
        id: `${chapterId}-${index}`,
        planId: 'p',
        parentId: chapterId,
        orderKey,
        title:
          index % 10 === 0
            ? `（一）加强组织领导${chapter}-${index}。`
            : `做好第${chapter}-${index}项工作`,
        body,
      }),
    )
  })
  return nodes
}
