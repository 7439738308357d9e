import { describe, expect, it } from 'vitest'
import { linesPerPage, paginate, type MeasuredBlock } from './paginate'

const text = (lines: number): MeasuredBlock => ({
  lines,
  keepWithNext: false,
  keepFirstTwoLines: false,
  linesAfter: 0,
})
const heading = (lines = 1): MeasuredBlock => ({ ...text(lines), keepWithNext: true })
const runIn = (lines: number): MeasuredBlock => ({ ...text(lines), keepFirstTwoLines: true })

/** Each page as `block:from+count` strings, for readable expectations. */
const layout = (blocks: MeasuredBlock[], perPage: number) =>
  paginate(blocks, perPage).map((page) =>
    page.map((fragment) => `${fragment.blockIndex}:${fragment.fromLine}+${fragment.lineCount}`),
  )

describe('paginate', () => {
  it('fits 22 lines at 28.95 pt in the 225 mm type area', () => {
    expect(linesPerPage(225, 28.95)).toBe(22)
    expect(linesPerPage(225, 28)).toBe(22)
    expect(linesPerPage(225, 29)).toBe(21)
  })

  it('splits a long paragraph across pages', () => {
    expect(layout([text(3), text(6)], 5)).toEqual([['0:0+3', '1:0+2'], ['1:2+4']])
  })

  it('moves a heading that would be the last line of a page to the next page', () => {
    // page: 4 lines of text, then the heading would sit on line 5 of 5 with nothing after it.
    expect(layout([text(4), heading(), text(3)], 5)).toEqual([['0:0+4'], ['1:0+1', '2:0+3']])
  })

  it('keeps a chain of headings (一、 then （一）) with the first line of text', () => {
    expect(layout([text(3), heading(), heading(), text(3)], 5)).toEqual([
      ['0:0+3'],
      ['1:0+1', '2:0+1', '3:0+3'],
    ])
    // With room for both headings and one line of text, they stay.
    expect(layout([text(2), heading(), heading(), text(3)], 5)).toEqual([
      ['0:0+2', '1:0+1', '2:0+1', '3:0+1'],
      ['3:1+2'],
    ])
  })

  it('gives a run-in heading paragraph two lines on the page or moves it', () => {
    expect(layout([text(4), runIn(3)], 5)).toEqual([['0:0+4'], ['1:0+3']])
    expect(layout([text(3), runIn(3)], 5)).toEqual([['0:0+3', '1:0+2'], ['1:2+1']])
  })

  it('adds the blank line after the title lines', () => {
    const title = { ...text(1), linesAfter: 1 }
    expect(paginate([title, text(2)], 22)[0]).toEqual([
      { blockIndex: 0, fromLine: 0, lineCount: 1, atLine: 0 },
      { blockIndex: 1, fromLine: 0, lineCount: 2, atLine: 2 },
    ])
  })

  it('never leaves a heading last on any page of a long plan', () => {
    const blocks: MeasuredBlock[] = []
    for (let chapter = 0; chapter < 30; chapter++) {
      blocks.push(heading(), heading(), text(1 + (chapter % 5)), runIn(2 + (chapter % 3)))
    }
    const pages = paginate(blocks, 22)
    for (const page of pages) {
      const last = page[page.length - 1]
      expect(blocks[last.blockIndex].keepWithNext).toBe(false)
      const lines = page.reduce((sum, fragment) => sum + fragment.lineCount, 0)
      expect(lines).toBeLessThanOrEqual(22)
    }
  })

  it('fills pages with an outline of headings only (提纲)', () => {
    const outline = Array.from({ length: 5000 }, () => heading())
    const pages = paginate(outline, 22)
    expect(pages).toHaveLength(Math.ceil(5000 / 22))
    expect(pages[0]).toHaveLength(22)
  })

  it('keeps the last headings before the text together with it even after a long run of headings', () => {
    const blocks = [...Array.from({ length: 30 }, () => heading()), text(5)]
    const pages = paginate(blocks, 22)
    const lastPage = pages[pages.length - 1]
    expect(lastPage[lastPage.length - 1].blockIndex).toBe(30)
    for (const page of pages) {
      expect(blocks[page[page.length - 1].blockIndex].keepWithNext && page !== pages[0]).toBe(false)
    }
  })
})
