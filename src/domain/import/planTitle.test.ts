import { describe, expect, it } from 'vitest'
import { planTitle, type PlanTitleInput } from './planTitle'

const input = (fields: Partial<PlanTitleInput>): PlanTitleInput => ({
  titleLine: '',
  collectionTitle: '',
  markerName: '',
  organisations: [],
  headerTexts: [],
  lines: [],
  ...fields,
})

describe('planTitle', () => {
  it('from the title line; the header fills what the title does not name', () => {
    expect(planTitle(input({ titleLine: '某某镇总工会2016年工作计划' }))).toEqual({
      title: '某某镇总工会2016年工作计划',
      unit: '某某镇总工会',
      year: 2016,
    })
    expect(
      planTitle(
        input({
          titleLine: '工作要点',
          organisations: ['某某县总工会'],
          headerTexts: ['某工发〔2016〕19号'],
        }),
      ),
    ).toEqual({ title: '工作要点', unit: '某某县总工会', year: 2016 })
  })

  it('20xx in the title stays unknown even when the header has a date', () => {
    expect(
      planTitle(input({ titleLine: '20xx年工作计划', headerTexts: ['2016年4月2日'] })).year,
    ).toBeNull()
  })

  it('without a title line: the page title with the plan’s marker, then the file name', () => {
    expect(
      planTitle(input({ collectionTitle: '乡镇工会工作计划参考', markerName: '篇二' })).title,
    ).toBe('乡镇工会工作计划参考（篇二）')
    expect(planTitle(input({ fileName: 'C:\\计划\\某某县总工会2017年工作要点.docx' }))).toEqual({
      title: '某某县总工会2017年工作要点',
      unit: '某某县总工会',
      year: 2017,
    })
  })

  it('else the plan kind, with the unit and year of the header', () => {
    expect(
      planTitle(input({ organisations: ['某某县总工会'], headerTexts: ['2016年4月2日'] })),
    ).toEqual({
      title: '某某县总工会2016年工作计划',
      unit: '某某县总工会',
      year: 2016,
    })
  })
})
