/**
 * Renders a list counter in one of Word's number formats (w:numFmt), as Word shows it, so an
 * auto-numbered heading keeps the label (一、 / （二） / ①) its reader saw.
 */

/** Digits read one by one (ideographDigital: 一〇五) and counted (一百零五). */
const CN_DIGITS = '〇一二三四五六七八九'
const CN_COUNTING = '零一二三四五六七八九'
const CN_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖'
const TW_LEGAL_DIGITS = '零壹貳參肆伍陸柒捌玖'
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸'
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥'

/** The label of `value` in `numFmt`; unknown formats fall back to decimal, as Word does. */
export function formatNumber(value: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
      return ''
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value)
    case 'upperRoman':
      return roman(value)
    case 'lowerRoman':
      return roman(value).toLowerCase()
    case 'upperLetter':
      return letters(value)
    case 'lowerLetter':
      return letters(value).toLowerCase()
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(value, 0x2460, 20)
    case 'decimalEnclosedParen':
      return enclosed(value, 0x2474, 20)
    case 'decimalEnclosedFullstop':
      return enclosed(value, 0x2488, 20)
    case 'ideographEnclosedCircle':
      return value >= 1 && value <= 10 ? String.fromCodePoint(0x3280 + value - 1) : String(value)
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(String(value))
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(value, CN_COUNTING, '十百千')
    case 'chineseLegalSimplified':
      return chineseCounting(value, CN_LEGAL_DIGITS, '拾佰仟', true)
    case 'ideographLegalTraditional':
      return chineseCounting(value, TW_LEGAL_DIGITS, '拾佰仟', true)
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return Array.from(String(value), (digit) => CN_DIGITS[Number(digit)] ?? digit).join('')
    case 'ideographTraditional':
      return cycle(value, HEAVENLY_STEMS)
    case 'ideographZodiac':
      return cycle(value, EARTHLY_BRANCHES)
    default:
      return String(value)
  }
}

/** 一 … 十 … 十一 … 二十 … 一百零一 … 一千零一十; `legal` keeps the leading 壹 of 壹拾. */
function chineseCounting(value: number, digits: string, units: string, legal = false): string {
  if (!Number.isInteger(value) || value < 0 || value > 99999) return String(value)
  if (value === 0) return digits[0]
  if (value >= 10000) {
    const rest = value % 10000
    const head = chineseCounting(Math.floor(value / 10000), digits, units, legal) + '万'
    if (rest === 0) return head
    return head + (rest < 1000 ? digits[0] : '') + chineseCounting(rest, digits, units, true)
  }
  let text = ''
  let zero = false
  const places = [1000, 100, 10, 1]
  for (const [i, place] of places.entries()) {
    const digit = Math.floor(value / place) % 10
    if (digit === 0) {
      if (text) zero = true
      continue
    }
    if (zero) text += digits[0]
    zero = false
    text += digits[digit] + (i < 3 ? units[2 - i] : '')
  }
  // Chinese says 十一, not 一十一, for 10–19 on its own.
  if (!legal && value >= 10 && value < 20) text = text.slice(1)
  return text
}

function roman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value)
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let rest = value
  let text = ''
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      text += symbol
      rest -= amount
    }
  }
  return text
}

/** Word's letters: A … Z, then AA … ZZ, AAA … (repeated, not base 26). */
function letters(value: number): string {
  if (value <= 0) return String(value)
  const letter = String.fromCharCode(65 + ((value - 1) % 26))
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

function enclosed(value: number, first: number, count: number): string {
  return value >= 1 && value <= count ? String.fromCodePoint(first + value - 1) : String(value)
}

function fullWidth(digits: string): string {
  return Array.from(digits, (char) =>
    char >= '0' && char <= '9' ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : char,
  ).join('')
}

function cycle(value: number, symbols: string): string {
  if (value <= 0) return String(value)
  return symbols[(value - 1) % symbols.length]
}
