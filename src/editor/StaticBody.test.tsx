// @vitest-environment jsdom
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { RichDoc } from '../domain/outline/types'
import { SlotText } from './slot/SlotText'
import { StaticBody } from './StaticBody'

const highlighted = (container: HTMLElement) =>
  [...container.querySelectorAll('mark.slot')].map((mark) => mark.textContent)

describe('StaticBody', () => {
  it('highlights the slots found in the text, whatever is stored, across runs', () => {
    const doc: RichDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '20xx年，' },
            { type: 'text', text: '{{单', marks: [{ type: 'bold' }] },
            { type: 'text', text: '位}}牵头' },
            { type: 'hardBreak' },
            // A stale stored slot mark on filled text is not shown.
            { type: 'text', text: '已填写', marks: [{ type: 'slot' }] },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: '于×年×月在xx县，Linux xxhash' }] },
      ],
    }
    const { container } = render(<StaticBody doc={doc} />)
    expect(container.textContent).toBe('20xx年，{{单位}}牵头已填写于×年×月在xx县，Linux xxhash')
    expect(highlighted(container)).toEqual(['20xx', '{{单', '位}}', '×年×月', 'xx'])
    expect(container.querySelector('strong mark.slot')?.textContent).toBe('{{单')
  })

  it('highlights the slots of a title', () => {
    const { container } = render(<SlotText text="{{单位}}20xx年工作计划" />)
    expect(container.textContent).toBe('{{单位}}20xx年工作计划')
    expect(highlighted(container)).toEqual(['{{单位}}', '20xx'])
  })
})
