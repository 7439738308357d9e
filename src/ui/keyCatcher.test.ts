// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KeysAway, TitleTarget } from '../domain/outline/keyQueue'
import {
  armKeyCatcher,
  attachKeyCatcher,
  isPressedAway,
  keyCatcherHandlers,
  queuedBodyCaret,
  setKeysAwayHandler,
  takeQueuedKeys,
} from './keyCatcher'

const target: TitleTarget = { field: 'rename', planId: 'p', nodeId: 'n4', title: '', isNew: true }

function type(catcher: HTMLTextAreaElement, text: string): void {
  catcher.value = text
  keyCatcherHandlers.text(catcher)
}

const press = (element: Element) =>
  element.dispatchEvent(new Event('pointerdown', { bubbles: true }))

describe('the key catcher, when the user presses elsewhere', () => {
  let catcher: HTMLTextAreaElement
  let heading: HTMLElement
  let delivered: KeysAway[]
  let finishDelivery: () => void

  beforeEach(() => {
    catcher = document.body.appendChild(document.createElement('textarea'))
    heading = document.body.appendChild(document.createElement('div'))
    attachKeyCatcher(catcher)
    delivered = []
    setKeysAwayHandler(async (away) => {
      delivered.push(away)
      await new Promise<void>((resolve) => (finishDelivery = resolve))
    })
  })

  afterEach(() => {
    attachKeyCatcher(null)
    setKeysAwayHandler(null)
    document.body.replaceChildren()
  })

  it('hands the keys typed before the press to the title they were typed for', async () => {
    armKeyCatcher(target)
    type(catcher, '新增第四章')
    keyCatcherHandlers.keyDown(new KeyboardEvent('keydown', { key: 'Enter' }))
    press(heading)
    expect(delivered).toEqual([
      {
        target,
        items: [
          { kind: 'text', text: '新增第四章' },
          { kind: 'key', key: 'Enter', shift: false },
        ],
      },
    ])
    // While they are written, the title's field must not take focus; afterwards it may again.
    expect(isPressedAway('rename', 'n4')).toBe(true)
    expect(isPressedAway('title', 'n4')).toBe(false)
    finishDelivery()
    await Promise.resolve()
    await Promise.resolve()
    expect(isPressedAway('rename', 'n4')).toBe(false)
  })

  it('keys typed after the press are for the place pressed, never for the old title', () => {
    armKeyCatcher(target)
    type(catcher, '甲')
    press(heading)
    type(catcher, '乙')
    expect(delivered.map((away) => away.items)).toEqual([[{ kind: 'text', text: '甲' }]])
    expect(takeQueuedKeys()).toEqual([{ kind: 'text', text: '乙' }])
  })

  it('a field that has opened took its keys: a later press hands nothing on', () => {
    armKeyCatcher(target)
    type(catcher, '甲')
    expect(takeQueuedKeys()).toEqual([{ kind: 'text', text: '甲' }])
    press(heading)
    expect(delivered).toEqual([])
  })

  it('a press on the catcher itself is no press elsewhere', () => {
    armKeyCatcher(target)
    type(catcher, '甲')
    press(catcher)
    expect(delivered).toEqual([])
    expect(takeQueuedKeys()).toEqual([{ kind: 'text', text: '甲' }])
  })

  it('keys for a body still opening go to it by a press elsewhere; none are left to replay', () => {
    const body = { field: 'body', planId: 'p', nodeId: 'n1', at: 'end' } as const
    armKeyCatcher(body)
    expect(queuedBodyCaret('n1')).toBe('end')
    type(catcher, '正文')
    press(heading)
    expect(delivered).toEqual([{ target: body, items: [{ kind: 'text', text: '正文' }] }])
    expect(takeQueuedKeys()).toEqual([])
    expect(queuedBodyCaret('n1')).toBeNull()
  })
})
