/**
 * The document header around a plan (issuing body, 〔2016〕19号, addressee, notice sentence,
 * signature, date, （此件公开发布）) and the plan's title line, with the unit and year it names.
 */

const PUNCTUATION = /[。，,；;：:！？!?]/

// Words that name an organisation, at the end of an issuing body, signature or unit.
const ORG_END =
  /(总工会|總工會|工会|工會|委员会|委員會|人民政府|政府|办公室|辦公室|办公厅|辦公廳|常委会|常委會|主席团|主席團|党委|黨委|党组|黨組|党支部|黨支部|支部|联合会|聯合會|协会|協會|人大|政协|政協|中心|局|委|厅|廳|处|處|科|部|院|所|站|队|隊|街道|镇|鎮|乡|鄉|村|社区|社區|公司|集团|集團|学校|學校|大学|大學|单位|單位|部门|部門|会|會)$/

// Words that make a line a plan's title (工作计划, 工作要点, 实施方案 …), Simplified or Traditional.
const PLAN_KIND = /计划|計劃|计画|計畫|要点|要點|安排|方案|规划|規劃|打算|思路/
const PLAN_KIND_END =
  /(工作)?(计划|計劃|计画|計畫|要点|要點|安排|方案|规划|規劃|打算|思路)(参考|參考|范文|範文|模板|样本|樣本|范例|範例|[（(][^）)]*[）)])*$/

/** 〔2016〕19号, [2016]19號, （2016）19号 — a document number. */
export function isDocumentNumber(text: string): boolean {
  return (
    text.length <= 40 &&
    /[〔［[【(（]\s*(19|20)\d{2}\s*[〕］\]】)）]\s*第?\s*\d+\s*[号號]/.test(text)
  )
}

/** A line that is only a date: 2016年4月2日, 二〇一六年四月二日, 2016-04-02, （2016年4月2日）. */
export function isDateLine(text: string): boolean {
  const date = text.replace(/^[（(]|[）)]$/g, '').replace(/\s/g, '')
  return (
    /^(19|20)\d{2}年\d{1,2}月\d{1,2}[日号號]$/.test(date) ||
    /^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号號]$/.test(
      date,
    ) ||
    /^(19|20)\d{2}[-./](0?[1-9]|1[0-2])[-./]\d{1,2}$/.test(date)
  )
}

/** （此件公开发布）, （此件不公开）… */
export function isPublicationNote(text: string): boolean {
  return /^[（(](此件|此文|本件)[^）)]*[）)]$/.test(text)
}

/** 现将《…》印发给你们，请认真贯彻执行。 */
export function isNoticeSentence(text: string): boolean {
  return /(现将|現將)[\s\S]*(印发|印發|下发|下發|转发|轉發|发给|發給|发送|發送)/.test(text)
}

/** 各镇（街道）总工会，各产业工会： — an addressee, a short line ending in a colon. */
export function isAddressee(text: string): boolean {
  if (text.length > 80 || !/[：:]$/.test(text) || /[。；]/.test(text)) return false
  // Every name in the list is an organisation or a group of them (各…), so 思路是： is not one.
  const names = text
    .slice(0, -1)
    .split(/[，,、]/)
    .filter((name) => name.trim() !== '')
  return names.length > 0 && names.every((name) => name.includes('各') || ORG_END.test(name.trim()))
}

/** 某某县总工会, 某某县总工会文件 — a short line naming an organisation (issuing body, signature). */
export function isOrganisationLine(text: string): boolean {
  if (text.length > 30 || PUNCTUATION.test(text) || PLAN_KIND.test(text)) return false
  const name = text.replace(/\s/g, '').replace(/文件$/, '')
  return name.length >= 2 && ORG_END.test(name)
}

/** 附件：1. … — attachments listed after the plan. */
export function isAttachmentLine(text: string): boolean {
  return /^附\s*件\s*([:：]|\d|[一二三四五六七八九十])/.test(text)
}

/** Any header line that may stand before the plan's first heading. */
export function isOpeningHeader(text: string): boolean {
  return (
    isDocumentNumber(text) ||
    isDateLine(text) ||
    isPublicationNote(text) ||
    isNoticeSentence(text) ||
    isAddressee(text) ||
    isParentheticalNote(text)
  )
}

/** （2016年3月1日镇总工会委员会议通过） — a note in brackets under the title. */
export function isParentheticalNote(text: string): boolean {
  return text.length <= 60 && /^[（(][^（）()]+[）)]$/.test(text)
}

/** 关于印发《某某镇总工会2016年工作要点》的通知 — the notice's title, naming the plan. */
export function planTitleInNotice(text: string): string | null {
  const match = /^(关于|關於)?(印发|印發|下发|下發|转发|轉發)?《([^》]+)》的?(通知|通告)$/.exec(
    text,
  )
  return match && PLAN_KIND.test(match[3]) ? match[3] : null
}

/** 某某镇总工会2016年工作计划, 2025年工作计划 — a short line without sentence punctuation naming a plan. */
export function isPlanTitle(text: string): boolean {
  if (text.length > 60 || PUNCTUATION.test(text) || !PLAN_KIND.test(text)) return false
  // 关于印发《…工作计划》的通知 is the notice's title, not the plan's.
  return !/[《》]/.test(text) && !/(通知|通告)$/.test(text)
}

export interface TitleParts {
  unit: string
  year: number | null
}

const YEAR = /((?:19|20)\d{2}|20[xX×]{2}|[xX×]{4}|[〇零一二三四五六七八九]{4})\s*年度?/

/** The unit and year a title names: 某某镇总工会2016年工作计划 → 某某镇总工会, 2016; 20xx → null. */
export function titleParts(title: string): TitleParts {
  const text = title.replace(/\s/g, '')
  const match = YEAR.exec(text)
  const year = match ? yearValue(match[1]) : null
  let unit = ''
  if (match) {
    const before = text.slice(0, match.index).replace(/^(关于|關於)/, '')
    unit = before !== '' ? before : unitOf(text.slice(match.index + match[0].length))
  } else unit = unitOf(text)
  return { unit, year }
}

function unitOf(text: string): string {
  const name = text.replace(PLAN_KIND_END, '').replace(/工作$/, '')
  return ORG_END.test(name) ? name : ''
}

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
}

function yearValue(text: string): number | null {
  const digits = text.replace(/[〇零一二三四五六七八九]/g, (digit) => CN_DIGIT[digit])
  return /^\d{4}$/.test(digits) ? Number(digits) : null
}
