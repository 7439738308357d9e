import { describe, expect, it } from 'vitest'
import { docFromText, docText } from '../../domain/outline/richText'
import { draw, drawOutcome, stateFromSketch, testPlan } from '../test/planState'
import { appendPhraseToBody, insertPhraseItem } from './dropPhrase'
import { setNumbering } from './setNumbering'
import { setPreamble } from './setPreamble'

describe('plan commands, performed on a drawn tree', () => {
  it('a phrase between rows is a new item titled with it, without the final 。', () => {
    const state = stateFromSketch(`
      A
      B
    `)
    const outcome = insertPhraseItem.perform(state, {
      overId: 'B',
      zone: 'before',
      text: '加强组织领导。',
    })
    expect(drawOutcome(state, outcome)).toBe(
      draw(`
      一、A
      二、加强组织领导
      三、B`),
    )
  })

  it('a phrase on a row goes at the end of its body; an empty body is replaced', () => {
    const state = stateFromSketch('A')
    const paragraph = docFromText('新的一段').content ?? []
    const outcome = appendPhraseToBody.perform(state, { id: 'A', paragraphs: paragraph })
    if (!outcome.ok) throw new Error(outcome.reason)
    expect(docText(outcome.change.updated[0].after.body)).toBe('新的一段')
    const withBody = { ...state.tree.byId.get('A')!, body: docFromText('原有正文') }
    state.tree.byId.set('A', withBody)
    const second = appendPhraseToBody.perform(state, { id: 'A', paragraphs: paragraph })
    if (!second.ok) throw new Error(second.reason)
    expect(docText(second.change.updated[0].after.body)).toBe('原有正文\n新的一段')
  })

  it('numbering and preamble change plan-row fields only, with what they were', () => {
    const state = stateFromSketch('A')
    const numbering = { scheme: 'yishi' as const, continuousLevel2: false }
    const outcome = setNumbering.perform(state, { numbering })
    expect(outcome.ok && outcome.change.plan).toEqual({
      before: { numbering: testPlan.numbering },
      after: { numbering },
    })
    const preamble = setPreamble.perform(state, { preamble: docFromText('指导思想') })
    expect(preamble.ok && preamble.change.plan?.before).toEqual({ preamble: null })
    expect(setPreamble.undoable).toBe(false)
    expect(setNumbering.undoable).toBe(true)
  })
})
