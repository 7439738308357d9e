import { describe, expect, it } from 'vitest'
import {
  isAddressee,
  isAttachmentLine,
  isDateLine,
  isDocumentNumber,
  isNoticeSentence,
  isOrganisationLine,
  isPlanTitle,
  isPublicationNote,
  planTitleInNotice,
  titleParts,
} from './planHeader'

describe('header lines', () => {
  it('document numbers', () => {
    expect(isDocumentNumber('某工发〔2016〕19号')).toBe(true)
    expect(isDocumentNumber('某政办发[2023]26號')).toBe(true)
    expect(isDocumentNumber('2016年工作计划')).toBe(false)
  })

  it('dates', () => {
    for (const date of [
      '2016年4月2日',
      '2016 年 4 月 2 日',
      '二〇一六年四月二日',
      '2016-04-02',
      '（2016年4月2日）',
    ])
      expect(isDateLine(date), date).toBe(true)
    expect(isDateLine('2016年4月2日召开职代会')).toBe(false)
    expect(isDateLine('2025年工作计划')).toBe(false)
  })

  it('addressees end in a colon and name bodies', () => {
    expect(isAddressee('各镇（街道）总工会，各产业工会：')).toBe(true)
    expect(isAddressee('县直各单位：')).toBe(true)
    expect(isAddressee('县直单位:')).toBe(true)
    expect(isAddressee('各镇党委、政府，县直各单位：')).toBe(true)
    expect(isAddressee('主要任务：')).toBe(false)
    expect(isAddressee('2016年，镇总工会工作的总体思路是：')).toBe(false)
    expect(isAddressee('工作的总体思路是：深入学习。')).toBe(false)
  })

  it('the notice sentence, the publication note, attachments', () => {
    expect(isNoticeSentence('现将《某某镇总工会2016年工作要点》印发给你们，请认真贯彻执行。')).toBe(
      true,
    )
    expect(isNoticeSentence('現將《工作要點》印發給你們，請結合實際貫徹落實。')).toBe(true)
    expect(isNoticeSentence('认真贯彻执行')).toBe(false)
    expect(isPublicationNote('（此件公开发布）')).toBe(true)
    expect(isPublicationNote('(此件不公开)')).toBe(true)
    expect(isAttachmentLine('附件：1.工作任务分解表')).toBe(true)
    expect(isAttachmentLine('附件1')).toBe(true)
  })

  it('organisation lines: issuing bodies and signatures', () => {
    expect(isOrganisationLine('某某镇总工会')).toBe(true)
    expect(isOrganisationLine('某某县总工会文件')).toBe(true)
    expect(isOrganisationLine('中共某某县委办公室')).toBe(true)
    expect(isOrganisationLine('某某镇总工会2016年工作计划')).toBe(false)
    expect(isOrganisationLine('进一步加强自身建设')).toBe(false)
  })
})

describe('plan titles', () => {
  it('a short line naming a plan kind', () => {
    expect(isPlanTitle('某某镇总工会2016年工作计划')).toBe(true)
    expect(isPlanTitle('2025年工作计划')).toBe(true)
    expect(isPlanTitle('鄉鎮工會工作計劃參考')).toBe(true)
    expect(isPlanTitle('县人大主席团2016年工作要点')).toBe(true)
    expect(isPlanTitle('按照年度工作计划，认真开展工作。')).toBe(false)
  })

  it('the plan named in a notice title', () => {
    expect(planTitleInNotice('关于印发《某某镇总工会2016年工作要点》的通知')).toBe(
      '某某镇总工会2016年工作要点',
    )
    expect(planTitleInNotice('关于召开职代会的通知')).toBeNull()
  })

  it.each([
    ['某某镇总工会2016年工作计划', '某某镇总工会', 2016],
    ['2025年工作计划', '', 2025],
    ['2016年度某某县总工会工作要点', '某某县总工会', 2016],
    ['某某县总工会二〇一六年工作要点', '某某县总工会', 2016],
    ['20xx年镇总工会工作计划', '镇总工会', null],
    ['鄉鎮工會工作計劃參考', '鄉鎮工會', null],
    ['工作计划', '', null],
  ])('titleParts(%s) → unit %s, year %s', (title, unit, year) => {
    expect(titleParts(title)).toEqual({ unit, year })
  })
})
