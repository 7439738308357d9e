import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countSlots, findSlots, hasSlot, nextSlot, splitBySlots, type Slot } from './slots'

const theme = '以××为主题，以××为主线，以××为重点'

/** `[kind, text]` of each slot, the shape most tests compare. */
const kinds = (text: string) => findSlots(text).map((slot) => [slot.kind, slot.text])

describe('findSlots', () => {
  it('finds every ×× in order, with its text and kind', () => {
    expect(findSlots(theme)).toEqual([
      { from: 1, to: 3, text: '××', kind: 'mark' },
      { from: 8, to: 10, text: '××', kind: 'mark' },
      { from: 15, to: 17, text: '××', kind: 'mark' },
    ])
    expect(countSlots('切实维护职工合法权益')).toBe(0)
    // A run of signs is one slot.
    expect(kinds('×××建设')).toEqual([['mark', '×××']])
    expect(countSlots('××××')).toBe(1)
    // A lone × is not a slot.
    expect(countSlots('1×2')).toBe(0)
    expect(countSlots('长×宽×高')).toBe(0)
  })

  it('finds xx, XX, xxx and full-width ｘｘ as latin slots', () => {
    expect(kinds('着眼全镇“xx”发展目标')).toEqual([['latin', 'xx']])
    expect(kinds('XX县总工会')).toEqual([['latin', 'XX']])
    expect(kinds('促进资源节约型、环境友好型xxx建设')).toEqual([['latin', 'xxx']])
    expect(kinds('贯彻落实《xx省职工代表大会制度》')).toEqual([['latin', 'xx']])
    expect(kinds('推进和谐ｘｘ建设')).toEqual([['latin', 'ｘｘ']])
  })

  it('leaves Latin words, model numbers and a lone x alone', () => {
    for (const text of [
      'Linux xxhash',
      '使用 Linux 系统和 xxhash 校验',
      '采购XXL号工作服',
      '复核3xx号文件',
      'Windows XX 版本',
      'X光机检查',
      '在x轴上',
      '开展x射线安全培训',
      'Xbox',
      '2026年工作计划',
      '二○○五年颁布',
      '二〇二五年',
      '“中国梦•劳动美”主题教育',
      '完成率95%以上',
    ])
      expect(findSlots(text), text).toEqual([])
  })

  it('finds the x in 党的xx届x中全会 and 第x届第x次', () => {
    expect(kinds('深入学习贯彻落实党的xx届x中全会和区总工会第x届第x次代表大会精神')).toEqual([
      ['partyCongress', 'xx'],
      ['partyCongress', 'x'],
      ['partyCongress', 'x'],
      ['partyCongress', 'x'],
    ])
    expect(kinds('學習黨的xx屆x中全會精神')).toEqual([
      ['partyCongress', 'xx'],
      ['partyCongress', 'x'],
    ])
  })

  it('finds 20xx as a year, also in a range', () => {
    expect(kinds('20xx年，镇总工会工作的总体思路是')).toEqual([['year', '20xx']])
    expect(kinds('五年规划（20xx—20xx年）')).toEqual([
      ['year', '20xx'],
      ['year', '20xx'],
    ])
    expect(kinds('20××年')).toEqual([['year', '20××']])
    expect(kinds('20xx年xx县总工会')).toEqual([
      ['year', '20xx'],
      ['latin', 'xx'],
    ])
  })

  it('finds ×年×月 and ×月×日 as one date slot', () => {
    expect(kinds('于×年×月召开')).toEqual([['date', '×年×月']])
    expect(kinds('定于×月×日前报送')).toEqual([['date', '×月×日']])
    expect(kinds('××年××月××日')).toEqual([['date', '××年××月××日']])
    expect(kinds('20xx年x月底前完成')).toEqual([['date', '20xx年x月']])
    expect(kinds('2026年×月启动')).toEqual([['date', '×月']])
    expect(kinds('用x年时间')).toEqual([['date', 'x年']])
  })

  it('finds named slots with their name', () => {
    const slots = findSlots('{{单位}}{{年度}}年工作计划，由{{ 负责人 }}牵头；{{單位}}')
    expect(slots.map((slot) => [slot.kind, slot.name, slot.text])).toEqual([
      ['named', '单位', '{{单位}}'],
      ['named', '年度', '{{年度}}'],
      ['named', '负责人', '{{ 负责人 }}'],
      ['named', '单位', '{{單位}}'],
    ])
    expect(findSlots('{{单位}}')[0]).toMatchObject({ from: 0, to: 6 })
    expect(findSlots('{{}} {单位} {{这个名字实在是太长了超过了十二个字}}')).toEqual([])
  })

  it('finds every slot of the seed plans and nothing else', () => {
    const seed = readFileSync(
      new URL('../import/fixtures/work-plan-samples.txt', import.meta.url),
      'utf8',
    )
    const slots = findSlots(seed)
    const count = (kind: Slot['kind']) => slots.filter((slot) => slot.kind === kind).length
    expect(slots).toHaveLength(21)
    expect([count('year'), count('partyCongress'), count('latin')]).toEqual([5, 6, 10])
    // Each slot is only placeholder signs, never a letter of a word.
    for (const slot of slots) expect(slot.text).toMatch(/^(20)?[x×]+$/)
  })

  it('hasSlot agrees with findSlots', () => {
    expect(hasSlot('以××为主题')).toBe(true)
    expect(hasSlot('{{单位}}')).toBe(true)
    expect(hasSlot('Linux xxhash')).toBe(false)
    expect(hasSlot('')).toBe(false)
  })
})

describe('nextSlot', () => {
  const slots = findSlots(theme)
  const at = (from: number, to: number) => expect.objectContaining({ from, to })

  it('moves forward from the cursor and skips the selected slot', () => {
    expect(nextSlot(slots, { from: 0, to: 0 })).toEqual(at(1, 3))
    expect(nextSlot(slots, { from: 1, to: 3 })).toEqual(at(8, 10))
    expect(nextSlot(slots, { from: 5, to: 5 })).toEqual(at(8, 10))
  })

  it('wraps round at the end', () => {
    expect(nextSlot(slots, { from: 15, to: 17 })).toEqual(at(1, 3))
    expect(nextSlot(slots, { from: 20, to: 20 })).toEqual(at(1, 3))
  })

  it('moves backward with Shift+Tab and wraps to the last', () => {
    expect(nextSlot(slots, { from: 8, to: 10 }, 'backward')).toEqual(at(1, 3))
    expect(nextSlot(slots, { from: 12, to: 12 }, 'backward')).toEqual(at(8, 10))
    expect(nextSlot(slots, { from: 1, to: 3 }, 'backward')).toEqual(at(15, 17))
  })

  it('walks slots of every kind', () => {
    const mixed = findSlots('20xx年，{{单位}}围绕xx开展××活动')
    expect(mixed.map((slot) => slot.kind)).toEqual(['year', 'named', 'latin', 'mark'])
    expect(nextSlot(mixed, { from: 5, to: 5 })).toMatchObject({ text: '{{单位}}' })
    expect(nextSlot(mixed, { from: 5, to: 11 })).toMatchObject({ text: 'xx' })
  })

  it('returns null with no slots', () => {
    expect(nextSlot([], { from: 0, to: 0 })).toBeNull()
  })
})

describe('splitBySlots', () => {
  it('splits text into plain runs and slots', () => {
    expect(splitBySlots('进一步完善××机制')).toEqual([
      { text: '进一步完善', slot: false },
      { text: '××', slot: true },
      { text: '机制', slot: false },
    ])
    expect(splitBySlots('××')).toEqual([{ text: '××', slot: true }])
    expect(splitBySlots('无空位')).toEqual([{ text: '无空位', slot: false }])
    expect(splitBySlots('{{单位}}xx')).toEqual([
      { text: '{{单位}}', slot: true },
      { text: 'xx', slot: true },
    ])
  })
})
