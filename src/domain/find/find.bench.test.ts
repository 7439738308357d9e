import { expect, it } from 'vitest'
import { benchFigure, cpuMs } from '../../test/benchFigure'
import { docFromText } from '../outline/richText'
import type { OutlineNode } from '../outline/types'
import { DEFAULT_FIND_OPTIONS } from './findOptions'
import { FindCache, findInPlan, type FindQuery } from './findInPlan'
import { loadScriptFold } from './loadScriptFold'
import { replaceMatches } from './replaceMatches'
import { buildTree } from '../outline/tree'

// A unit benchmark (npm run bench:unit): a 2,000-node plan (100 chapters of 19 items, two paragraphs each).
function largePlan(): OutlineNode[] {
  const nodes: OutlineNode[] = []
  for (let chapter = 0; chapter < 100; chapter++) {
    const id = `C${chapter}`
    nodes.push({
      id,
      planId: 'p',
      parentId: null,
      orderKey: `a${chapter}`,
      title: `第${chapter}章`,
      body: null,
      rev: 0,
    })
    for (let item = 0; item < 19; item++)
      nodes.push({
        id: `${id}-${item}`,
        planId: 'p',
        parentId: id,
        orderKey: `a${item}`,
        title: `条目${chapter}-${item}`,
        body: docFromText(
          `围绕中心工作，落实工作责任，推进职工之家建设第${item}项。\n坚持问题导向，健全工会经费审查监督制度，提高服务职工水平。`,
        ),
        rev: 0,
      })
  }
  return nodes
}

it('finds in 2,000 nodes once folded; folding and replace-all', { timeout: 60_000 }, async () => {
  const nodes = largePlan()
  const plan = { preamble: docFromText('以工会为纽带') }
  const scriptFold = await loadScriptFold()
  const cache = new FindCache()
  const query = (text: string, script = false): FindQuery => ({
    text,
    options: { ...DEFAULT_FIND_OPTIONS, width: true, script },
    scriptFold,
  })
  const first = cpuMs(() => findInPlan(plan, nodes, query('经费'), cache))
  const typed = ['经', '经费', '经费审', '经费审查', '经费审查监督']
  const perKey = typed.map((text) => cpuMs(() => findInPlan(plan, nodes, query(text), cache)))
  const scriptFirst = cpuMs(() => findInPlan(plan, nodes, query('經費', true), cache))
  const scriptAgain = cpuMs(() => findInPlan(plan, nodes, query('經費審查', true), cache))
  const matches = findInPlan(plan, nodes, query('经费'), cache)
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const replaceAll = cpuMs(() => replaceMatches(plan, byId, matches, '经费使用'))
  const tree = cpuMs(() => buildTree(nodes))
  expect(matches).toHaveLength(1900)
  benchFigure('findFirstCpu', first, 'CPU, folds every text')
  benchFigure(
    'findKeyCpuMax',
    Math.max(...perKey),
    `CPU, per keystroke ${perKey.map((ms) => ms.toFixed(1)).join('/')}`,
  )
  benchFigure('findScriptFirstCpu', scriptFirst, 'CPU, 简繁 first')
  benchFigure('findScriptAgainCpu', scriptAgain, 'CPU, 简繁 again')
  benchFigure('findReplaceAllCpu', replaceAll, `CPU, the change for ${matches.length} matches`)
  benchFigure('buildTreeCpu', tree, 'CPU, 2,000 nodes')
})
