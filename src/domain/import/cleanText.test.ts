import { describe, expect, it } from 'vitest'
import { cleanRuns, cleanText } from './cleanText'

describe('cleanText', () => {
  it('removes leading and trailing ASCII, tab, no-break and full-width spaces', () => {
    expect(cleanText('  \t\u3000\u3000一、总体要求\u00a0 ')).toBe('一、总体要求')
  })

  it('joins the pieces of a paragraph broken by soft line breaks', () => {
    expect(cleanText('加强职工\u000b思想道德\u2028建设')).toBe('加强职工思想道德建设')
    expect(cleanText('加强职工\n思想道德\r\n建设')).toBe('加强职工思想道德建设')
  })

  it('removes pinyin annotations with tone marks, keeps other brackets', () => {
    expect(cleanText('做好工作(zuò)和服务(fú wù)，提高（GDP）和(1)')).toBe(
      '做好工作和服务，提高（GDP）和(1)',
    )
    expect(cleanText('血(xuè)脉（mài）相连')).toBe('血脉相连')
  })

  it('removes zero-width characters and a BOM', () => {
    expect(cleanText('\ufeff一、\u200b总体')).toBe('一、总体')
  })

  it('keeps spacing inside the line', () => {
    expect(cleanText('  第三部分 保障措施')).toBe('第三部分 保障措施')
  })
})

describe('cleanRuns', () => {
  it('cleans like cleanText across runs, keeping marks', () => {
    const runs = cleanRuns([
      { text: '\u3000 ' },
      { text: '  一、加强' },
      { text: '工作(zuò)', marks: ['bold'] },
      { text: '建设  ' },
      { text: ' ' },
    ])
    expect(runs).toEqual([
      { text: '一、加强' },
      { text: '工作', marks: ['bold'] },
      { text: '建设' },
    ])
  })

  it('gives no runs for a line of spaces', () => {
    expect(cleanRuns([{ text: '  ' }, { text: '\u3000' }])).toEqual([])
  })
})
