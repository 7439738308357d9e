import * as Y from 'yjs'
import { docFromText } from '../outline/richText'
import { drawTree } from '../outline/drawTree'
import { treeFromSketch } from '../outline/testTree'
import type { Plan } from '../outline/types'
import { documentFromRows } from './documentRows'
import { readTree } from './documentOperations'

/** A plan row for tests. */
export const testPlan = (id = 'p'): Plan => ({
  id,
  title: '某某镇总工会2026年工作计划',
  unit: '某某镇总工会',
  year: 2026,
  numbering: { scheme: 'standard', continuousLevel2: false },
  preamble: docFromText('以习近平新时代中国特色社会主义思想为指导。'),
  createdAt: 1,
  updatedAt: 1,
  charCount: 0,
})

/** A document from an indented sketch (see treeFromSketch); each node's body is `title的正文`. */
export function documentFromSketch(sketch: string, doc = new Y.Doc()): Y.Doc {
  const { nodes } = treeFromSketch(sketch)
  return documentFromRows(
    testPlan(),
    nodes.map((node) => ({ ...node, body: docFromText(`${node.title}的正文`) })),
    doc,
  )
}

/** The visible tree of a document as an indented sketch of titles. */
export const drawDocument = (doc: Y.Doc) => drawTree(readTree(doc))

/** Two documents of the same plan on two machines (the second loaded from the first's state). */
export function twoReplicas(sketch: string): [Y.Doc, Y.Doc] {
  const first = documentFromSketch(sketch, new Y.Doc())
  const second = new Y.Doc()
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
  return [first, second]
}

/** Exchange what each has that the other lacks (a reconnect after working apart). */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, toB, 'remote')
  Y.applyUpdate(a, toA, 'remote')
}
