const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const UNITS = ['', '十', '百', '千']

// Numbering a big plan asks for the same small numbers thousands of times.
const cache: string[] = []

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十, 10000 → 一万. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`not a count: ${value}`)
  if (value < 10000) return (cache[value] ??= spell(value))
  return spell(value)
}

function spell(value: number): string {
  if (value === 0) return DIGITS[0]
  if (value >= 10000) {
    const high = Math.floor(value / 10000)
    const low = value % 10000
    const lowText = low === 0 ? '' : (low < 1000 ? '零' : '') + belowTenThousand(low, true)
    return chineseNumeral(high) + '万' + lowText
  }
  return belowTenThousand(value, false)
}

function belowTenThousand(value: number, inner: boolean): string {
  const digits = String(value).padStart(4, '0').split('').map(Number)
  let text = ''
  let pendingZero = false
  digits.forEach((digit, position) => {
    const unit = UNITS[3 - position]
    if (digit === 0) {
      if (text !== '') pendingZero = true
      return
    }
    if (pendingZero) text += '零'
    pendingZero = false
    // 十一 not 一十一 when 十 leads the whole number; 一百一十 keeps its 一.
    const leadingTen = unit === '十' && text === '' && digit === 1 && !inner
    text += (leadingTen ? '' : DIGITS[digit]) + unit
  })
  return text
}

/** ① … ⑳ ㉑ … ㊿, then (51) for anything beyond the circled range. */
export function circledNumeral(value: number): string {
  if (value >= 1 && value <= 20) return String.fromCodePoint(0x2460 + value - 1)
  if (value >= 21 && value <= 35) return String.fromCodePoint(0x3251 + value - 21)
  if (value >= 36 && value <= 50) return String.fromCodePoint(0x32b1 + value - 36)
  return `(${value})`
}
