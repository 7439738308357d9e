import { PREAMBLE_ID, type FindMatch } from '../../domain/find/findInPlan'
import { planTextField } from '../../domain/find/planTextFields'
import type { OutlineNode } from '../../domain/outline/types'
import { docNodeId } from '../../ui/domIds'
import { openTextPlace, revealNode, whenReady } from '../document/openTextPlace'
import { openPlanInfo } from '../document/planInfoStore'
import { rangeOfMatch } from './highlightMatches'

/**
 * Shows a match without taking focus from the find bar: its node selected in the tree and
 * scrolled to in the document (through the store: the rows may not exist yet), then the match
 * itself scrolled into the middle of the document pane once it has been drawn.
 */
export function revealMatch(match: FindMatch, byId: ReadonlyMap<string, OutlineNode>): void {
  // The preamble and the plan's own fields (title, unit) are not items of the tree.
  const ofPlan = match.nodeId === PREAMBLE_ID || planTextField(match.nodeId) !== undefined
  if (ofPlan) {
    document.querySelector('.document-pane')?.scrollTo({ top: 0 })
  } else {
    revealNode(match.nodeId, (id) => byId.get(id)?.parentId)
  }
  whenReady(() => {
    const range = rangeOfMatch(match)
    if (!range) return !ofPlan && isEditingTitle(match)
    if (ofPlan) clearOfFindBar(range)
    const box = range.getBoundingClientRect()
    const pane = document.querySelector('.document-pane')
    if (!pane) return true
    const view = pane.getBoundingClientRect()
    if (box.top < view.top + 40 || box.bottom > view.bottom - 40)
      pane.scrollBy({ top: box.top - view.top - view.height / 2 })
    return true
  })
}

/** Extra room above the document while the find bar is open (see clearOfFindBar). */
export const FIND_SPACE = '--find-space'

/**
 * The bar floats over the document's top, where the plan's title is: a match there that it
 * covers gets room above the document (as an editor's find widget does), until the bar closes.
 */
function clearOfFindBar(range: Range): void {
  const bar = document.querySelector('.find-bar')
  const pane = document.querySelector<HTMLElement>('.document-pane')
  if (!bar || !pane) return
  const box = range.getBoundingClientRect()
  const cover = bar.getBoundingClientRect()
  const covered =
    box.top < cover.bottom &&
    box.bottom > cover.top &&
    box.left < cover.right &&
    box.right > cover.left
  if (!covered) return
  const now = parseFloat(pane.style.getPropertyValue(FIND_SPACE)) || 0
  pane.style.setProperty(FIND_SPACE, `${now + cover.bottom - box.top + 12}px`)
}

/** The room given back when the bar closes. */
export function dropFindSpace(): void {
  document.querySelector<HTMLElement>('.document-pane')?.style.removeProperty(FIND_SPACE)
}

const isEditingTitle = (match: FindMatch) =>
  document.getElementById(docNodeId(match.nodeId))?.querySelector('.doc-title-input') !== null

/**
 * Opens the field of a match for editing with the match selected (the bar has closed): the
 * plan's title and unit in the plan's form (修改), as the plan check does.
 */
export function openAtMatch(match: FindMatch): void {
  const planField = planTextField(match.nodeId)
  if (!planField) return openTextPlace(match, () => match)
  const { key } = planField
  if (key === 'title' || key === 'unit')
    openPlanInfo({ field: key, from: match.from, to: match.to })
  else openPlanInfo()
}
