import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { outlineFromLines } from './outlineFromLines'
import { parseText, tree } from './testOutline'
import type { ImportedItem, ImportedOutline } from './types'

// The seed: three real plans pasted from a template site, in Traditional characters. A copy of
// ../shared/seed/work-plan-samples.txt lives in fixtures/ so the test runs wherever the repo does.
const SEED = readFileSync(new URL('./fixtures/work-plan-samples.txt', import.meta.url), 'utf8')
const SEED_LINES = SEED.split('\n')

/** Titles only, two spaces a level. */
function drawTitles(items: ImportedItem[], depth = 0): string[] {
  return items.flatMap((item) => [
    `${'  '.repeat(depth)}- ${item.title}`,
    ...drawTitles(item.children, depth + 1),
  ])
}

const EXPECTED: Record<string, string> = {
  篇一: tree(`
      - 凝聚職工智慧力量,進一步推動科學發展
        - 深化勞動競賽活動
        - 提升技術創新能力
        - 弘揚偉大勞模精神
      - 圍繞創建和諧勞動關係,進一步維護職工合法權益
        - 着力源頭參與,從制度上維護職工權益
        - 促進民主管理,維護職工民主政治權利
        - 深化工資協商,維護職工勞動經濟權益
        - 加強勞動保護,維護職工安全健康權益
        - 加大維權力度,促進職工隊伍和諧穩定
      - 提升幫扶工作實效,進一步推進民生改善
        - 進一步突出幫扶重點
        - 進一步提高幫扶水平
      - 促進職工全面發展,進一步提升職工素質
        - 加強職工思想道德建設
        - 全面提升職工技能素質
        - 豐富職工精神文化生活
      - 樹立工會良好形象,進一步加強自身建設
        - 深入開展羣衆路線教育實踐活動
        - 不斷夯實組織基礎,激發基層活力
        - 加強幹部隊伍建設,提高整體素質
  `),
  篇二: tree(`
      - 着力激發職工智慧和力量,爲推進我縣經濟發展再立新功
        - 廣泛開展職工建功立業活動
        - 大力實施職工經濟技術創新工程
        - 深入開展“安康杯”、“我爲節能減排做貢獻”活動
        - 大力弘揚勞模精神
      - 着力發展和諧穩定勞動關係,推進和諧xx建設
        - 強力推進企業普遍開展工資集體協商
        - 深化勞動關係和諧企業創建活動
        - 強化企業民主管理工作
      - 着力推進職工文化和企業文化建設,打造高素質職工隊伍
        - 全面實施職工技能素質提升工程
        - 進一步加強職工的思想政治工作
      - 着力爲職工辦好事、實事,使廣大職工共享改革發展成果
        - 規範加強困難職工幫扶中心工作
        - 進一步加大農民工幫扶力度
        - 加大“送溫暖工程”力度
        - 積極開展“職工互助一日捐”活動
      - 着力創新工會組織建設工作機制,增強基層工會活力
        - 加大工會組建力度
        - 進一步豐富基層工會工作機制和手段
        - 堅持“黨建帶工建”工作思路
      - 着力加強工會自身建設,推動工運事業不斷髮展
        - 進一步營造良好的工作氛圍
        - 進一步加強工會幹部的政治思想建設
        - 進一步改進工作作風
        - 進一步統籌推進其他各項工作
  `),
  篇三: tree(`
      - 緊緊圍繞黨委工作大局,充分發揮人大在促進科學發展和構建和諧社會中的作用
        - 認真領會精神,積極建言獻策
        - 着力推進社會和諧
        - 着力推進民主政治建設
      - 加強主席團自身建設,提高操作能力和工作水平
        - 堅持黨委領導核心
        - 加強主席團成員的自身學習
        - 加強主席團日常工作
        - 依法開好人大主席團會議
        - 認真搞好人大信息等宣傳報道工作
        - 鎮人大主席團工作經費列入本級財政預算,確保各項工作的正常運轉
      - 依法開好鎮人大會議
        - 認真做好大會的各項準備工作
        - 會議嚴格按法定程序進行,保證代表有足夠時間對人大、政府、財政和計劃報告進行審議
        - 會議期間的選舉程序規範合法,選舉確保成功
      - 認真做好代表工作,發揮代表主體作用
        - 認真做好閉會期間的代表選舉和補選工作
        - 加強對代表的培訓,健全並落實代表培訓制度,進一步提高代表綜合素質
        - 積極開展代表小組活動,充分發揮代表小組作用
        - 堅持並完善主席團成員聯繫走訪代表制度
      - 加大人大監督,推進政府工作
        - 加強對財政的監督力度
        - 認真行使重大事項決定權
        - 認真聽取和審議鎮政府關於我鎮新型農村合作醫療、農村特困羣衆社會救助和五保供養、招商引資、新農村建設四項工作彙報
        - 組織代表對我鎮新農村建設、防汛、村級公路建設等情況進行視察
        - 加強做好代表及人民羣衆的來信來訪工作
  `),
}

describe('the seed work-plan-samples.txt', () => {
  const parse = parseText(SEED, { fileName: 'work-plan-samples.txt' })
  const outlines: ImportedOutline[] = parse.plans.map((plan) => outlineFromLines(plan.lines))

  it('parses as three plans (【篇一】 / 【篇二】 / 【篇三】)', () => {
    expect(parse.plans).toHaveLength(3)
  })

  it('has exactly its chapters and items: 篇一 3,5,2,3,3; 篇二 4,3,2,4,3,4; 篇三 3,6,3,4,5', () => {
    expect(outlines.map((outline) => outline.items.map((item) => item.children.length))).toEqual([
      [3, 5, 2, 3, 3],
      [4, 3, 2, 4, 3, 4],
      [3, 6, 3, 4, 5],
    ])
    // Nothing deeper than items.
    for (const outline of outlines)
      for (const chapter of outline.items)
        for (const item of chapter.children) expect(item.children).toEqual([])
  })

  it.each([0, 1, 2])('every title of 篇%s', (index) => {
    const name = ['篇一', '篇二', '篇三'][index]
    expect(drawTitles(outlines[index].items).join('\n')).toBe(EXPECTED[name])
  })

  it('titles: 篇一 from its title line; 篇二 and 篇三 (no title line) derived, editable', () => {
    expect(parse.plans.map(({ title, unit, year }) => ({ title, unit, year }))).toEqual([
      { title: '鄉鎮工會工作計劃參考', unit: '鄉鎮工會', year: null },
      { title: '鄉鎮工會工作計劃參考（篇二）', unit: '', year: null },
      { title: '鄉鎮工會工作計劃參考（篇三）', unit: '', year: null },
    ])
  })

  it('the text before each first chapter is the preamble', () => {
    expect(outlines.map((outline) => outline.preamble.length)).toEqual([1, 1, 1])
    expect(outlines[0].preamble[0][0].text).toMatch(/^20xx年,鎮總工會工作的總體思路是/)
    expect(outlines[1].preamble[0][0].text).toMatch(/^20xx年xx縣總工會繼續以科學發展觀爲統領/)
    expect(outlines[2].preamble[0][0].text).toMatch(/^20xx年,人大在縣人大常委會的指導/)
  })

  it('trap: 篇二 chapter 一 has its own body paragraph before its first 一是', () => {
    const chapter = outlines[1].items[0]
    expect(chapter.body.map((paragraph) => paragraph[0].text)).toEqual([SEED_LINES[58]])
    expect(chapter.children[0].title).toBe('廣泛開展職工建功立業活動')
  })

  it('trap: 篇二 chapter 四 — the 四是 run into the end of the 三是 paragraph is its own item', () => {
    const [, , third, fourth] = outlines[1].items[3].children
    expect(third.title).toBe('加大“送溫暖工程”力度')
    expect(third.body.map((paragraph) => paragraph[0].text)).toEqual([
      SEED_LINES[94].slice('三是加大“送溫暖工程”力度。'.length, SEED_LINES[94].indexOf('四是')),
    ])
    expect(fourth.title).toBe('積極開展“職工互助一日捐”活動')
    expect(fourth.body[0][0].text).toMatch(/^繼續做好宣傳發動/)
    const lines = parse.plans[1].lines.filter((line) => line.sourceIndex === 94)
    expect(lines.map((line) => [line.part, line.label])).toEqual([
      [0, '三是'],
      [1, '四是'],
    ])
  })

  it('run-in items keep their body; headings alone have none', () => {
    const first = outlines[0].items[0]
    expect(first.body).toEqual([])
    expect(first.children[0].body[0][0].text).toMatch(/^着眼全鎮“xx”發展目標/)
  })

  it('the page title, 來源 line and 熱門標籤 never become chapters; noise is listed', () => {
    const roles = (plan: number) =>
      parse.plans[plan].lines
        .filter((line) => line.role !== 'body' && line.role !== 'heading' && line.role !== 'blank')
        .map((line) => `${line.role} ${line.text}`)
    expect(roles(0)).toEqual([
      'header 鄉鎮工會工作計劃參考',
      'noise 來源:瑞文範文網 1.48W',
      'header 【篇一】',
      'title 鄉鎮工會工作計劃參考',
    ])
    expect(roles(2)).toEqual(['header 【篇三】', 'noise 熱門標籤'])
    expect(parse.notes).toEqual([
      '已去掉第 3 行：來源:瑞文範文網 1.48W',
      '已去掉第 175 行：熱門標籤',
    ])
  })

  it('every source line is in exactly one plan, in order', () => {
    const indexes = parse.plans.flatMap((plan) => plan.lines.map((line) => line.sourceIndex))
    expect([...new Set(indexes)]).toEqual(Array.from({ length: 175 }, (_, index) => index))
  })
})
