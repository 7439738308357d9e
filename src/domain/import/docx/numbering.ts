/**
 * Reads word/numbering.xml and replays Word's automatic list numbering in document order: each
 * numbered paragraph gets the label Word shows (一、 / （二） / 1.), computed from the level's
 * w:lvlText and w:numFmt and running counters that restart when a shallower level advances.
 */
import type { SourceLine } from '../types'
import { formatNumber } from './formatNumber'
import { isOn, type NumberingRef } from './styles'
import { parseXml, wChild, wChildren, wVal, type XmlElement } from './xml'

export type ListLabel = NonNullable<SourceLine['list']>

interface LevelDef {
  start: number
  numFmt: string
  lvlText: string
  /** 1-based level whose use restarts this one; 0 = never; absent = the level above. */
  lvlRestart?: number
  /** Legal numbering: every %n of this level's text shown as decimal. */
  isLgl: boolean
  /** The paragraph style linked to this level (a style that gives only the list). */
  pStyle?: string
}

interface AbstractNum {
  levels: Map<number, LevelDef>
  numStyleLink?: string
  styleLink?: string
}

interface Num {
  abstractNumId: string
  startOverrides: Map<number, number>
  levelOverrides: Map<number, LevelDef>
}

/** Gives labels to numbered paragraphs; call `next` for each of them in document order. */
export interface Numbering {
  next(ref: NumberingRef, paragraphStyleId?: string): ListLabel | undefined
}

/** Parses numbering.xml (an absent part numbers nothing). */
export function readNumbering(xml: string | undefined): Numbering {
  const abstracts = new Map<string, AbstractNum>()
  const nums = new Map<string, Num>()
  if (xml !== undefined) {
    const root = parseXml(xml)
    for (const element of wChildren(root, 'abstractNum')) {
      const levels = new Map<number, LevelDef>()
      for (const lvl of wChildren(element, 'lvl'))
        levels.set(Number(lvl.attrs.ilvl ?? 0), readLevel(lvl))
      abstracts.set(element.attrs.abstractNumId ?? '', {
        levels,
        numStyleLink: wVal(element, 'numStyleLink'),
        styleLink: wVal(element, 'styleLink'),
      })
    }
    for (const element of wChildren(root, 'num')) {
      const num: Num = {
        abstractNumId: wVal(element, 'abstractNumId') ?? '',
        startOverrides: new Map(),
        levelOverrides: new Map(),
      }
      for (const override of wChildren(element, 'lvlOverride')) {
        const ilvl = Number(override.attrs.ilvl ?? 0)
        const start = wVal(override, 'startOverride')
        if (start !== undefined) num.startOverrides.set(ilvl, Number(start))
        const lvl = wChild(override, 'lvl')
        if (lvl) num.levelOverrides.set(ilvl, readLevel(lvl))
      }
      nums.set(element.attrs.numId ?? '', num)
    }
  }

  /** A list defined through a numbering style points at the abstractNum that defines the style. */
  const abstractOf = (num: Num): { id: string; abstract: AbstractNum } | undefined => {
    const abstract = abstracts.get(num.abstractNumId)
    if (!abstract?.numStyleLink) return abstract && { id: num.abstractNumId, abstract }
    for (const [id, candidate] of abstracts)
      if (candidate.styleLink === abstract.numStyleLink) return { id, abstract: candidate }
    return { id: num.abstractNumId, abstract }
  }

  const counters = new Map<string, (number | undefined)[]>()
  return {
    next(ref, paragraphStyleId) {
      const num = nums.get(ref.numId)
      if (ref.numId === '0' || !num) return undefined
      const resolved = abstractOf(num)
      if (!resolved) return undefined
      const { abstract } = resolved
      const level = (ilvl: number) => num.levelOverrides.get(ilvl) ?? abstract.levels.get(ilvl)
      const start = (ilvl: number) => num.startOverrides.get(ilvl) ?? level(ilvl)?.start ?? 1

      const ilvl = ref.ilvl ?? linkedLevel(abstract, paragraphStyleId) ?? 0
      const def = level(ilvl)
      if (!def) return undefined
      // A list restarted in Word (a w:num with overrides) counts on its own; others share.
      const key =
        num.startOverrides.size || num.levelOverrides.size ? `num:${ref.numId}` : resolved.id
      const values = counters.get(key) ?? []
      counters.set(key, values)
      values[ilvl] = (values[ilvl] ?? start(ilvl) - 1) + 1
      for (let deeper = ilvl + 1; deeper < values.length; deeper++) {
        const restart = level(deeper)?.lvlRestart ?? deeper
        if (restart !== 0 && ilvl < restart) values[deeper] = undefined
      }
      return { numId: ref.numId, level: ilvl, label: labelOf(def, values, level, start) }
    },
  }
}

function readLevel(lvl: XmlElement): LevelDef {
  const restart = wVal(lvl, 'lvlRestart')
  const isLgl = wChild(lvl, 'isLgl')
  return {
    // The schema's default start is 0, but Word and the docx package always write it.
    start: Number(wVal(lvl, 'start') ?? 0),
    numFmt: wVal(lvl, 'numFmt') ?? 'decimal',
    lvlText: wVal(lvl, 'lvlText') ?? '',
    lvlRestart: restart === undefined ? undefined : Number(restart),
    isLgl: isLgl !== undefined && isOn(isLgl.attrs.val),
    pStyle: wVal(lvl, 'pStyle'),
  }
}

function linkedLevel(abstract: AbstractNum, styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined
  for (const [ilvl, def] of abstract.levels) if (def.pStyle === styleId) return ilvl
  return undefined
}

function labelOf(
  def: LevelDef,
  values: (number | undefined)[],
  level: (ilvl: number) => LevelDef | undefined,
  start: (ilvl: number) => number,
): string {
  if (def.numFmt === 'bullet') return bulletOf(def.lvlText)
  const text = def.lvlText.replace(/%([1-9])/g, (_, n: string) => {
    const ilvl = Number(n) - 1
    const fmt = def.isLgl ? 'decimal' : (level(ilvl)?.numFmt ?? 'decimal')
    return formatNumber(values[ilvl] ?? start(ilvl), fmt === 'bullet' ? 'decimal' : fmt)
  })
  return text.trim()
}

/** Symbol-font bullets sit in the private use area: shown as •. */
function bulletOf(lvlText: string): string {
  const text = lvlText.trim()
  return text === '' || /[\uf000-\uf0ff]/.test(text) ? '•' : text
}
