// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { buildPlan } from '../../domain/export/fixtures/planBuilder'
import type { NumberingScheme } from '../../domain/outline/types'
import { NumberingPicker } from './NumberingPicker'

afterEach(cleanup)

const renderPicker = (scheme: NumberingScheme, continuousLevel2: boolean) =>
  render(
    <NumberingPicker
      plan={buildPlan({ numbering: { scheme, continuousLevel2 }, outline: [] }).plan}
    />,
  )

const continuousBox = () => screen.getByRole('checkbox', { name: '二级序号全文连续' })

describe('NumberingPicker', () => {
  it('disables 二级序号全文连续 under 一是式 and says why', () => {
    renderPicker('yishi', true)
    const box = continuousBox() as HTMLInputElement
    expect(box.disabled).toBe(true)
    expect(box.checked).toBe(false)
    const reasonId = box.getAttribute('aria-describedby')!
    expect(document.getElementById(reasonId)?.textContent).toBe('一是式按章重新编号，不能全文连续')
    expect(screen.getByText('一是式按章重新编号，不能全文连续')).toBeTruthy()
  })

  it('offers it under the other schemes, ticked as stored', () => {
    renderPicker('standard', true)
    const box = continuousBox() as HTMLInputElement
    expect(box.disabled).toBe(false)
    expect(box.checked).toBe(true)
    expect(box.hasAttribute('aria-describedby')).toBe(false)
    expect(screen.queryByText('一是式按章重新编号，不能全文连续')).toBeNull()
  })
})
