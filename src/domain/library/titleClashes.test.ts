import { describe, expect, it } from 'vitest'
import { titleClashes } from './titleClashes'

describe('titleClashes', () => {
  it('finds nothing when every title is new', () => {
    expect(titleClashes(['甲', '乙'], ['丙'])).toEqual([])
  })

  it('renames a title the library has to the next free number', () => {
    expect(titleClashes([' 甲 '], ['甲', '甲（2）'])).toEqual([
      { index: 0, title: '甲', renamed: '甲（3）', inThisImport: false },
    ])
  })

  it('renames a later plan of the same import with an earlier one’s title', () => {
    expect(titleClashes(['甲', '乙', '甲'], [])).toEqual([
      { index: 2, title: '甲', renamed: '甲（2）', inThisImport: true },
    ])
  })

  it('keeps titles that clash with nothing out of the renamed ones', () => {
    expect(titleClashes(['甲', '甲（2）', '甲'], ['甲'])).toEqual([
      { index: 0, title: '甲', renamed: '甲（3）', inThisImport: false },
      { index: 2, title: '甲', renamed: '甲（4）', inThisImport: false },
    ])
  })
})
