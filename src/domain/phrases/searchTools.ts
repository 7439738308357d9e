/** Converters search needs; injected so the search itself stays synchronous and testable. */
export interface SearchTools {
  /** Traditional (or mixed) Chinese to Simplified. */
  toSimplified: (text: string) => string
  /** One toneless pinyin syllable (or the character itself) per character of `text`. */
  syllablesOf: (text: string) => string[]
}

// Characters that OpenCC keeps as they are but writers use interchangeably in plans.
const EXTRA_FOLDS: Record<string, string> = { 著: '着', 裡: '里', 裏: '里', 綫: '线' }

/** Folds the variants above (no OpenCC needed): what search does before opencc-js has loaded. */
export function foldVariants(text: string): string {
  return text.replace(/[著裡裏綫]/g, (character) => EXTRA_FOLDS[character] ?? character)
}

let loading: Promise<SearchTools> | null = null

/** Loads opencc-js and pinyin-pro on first use (they are large and only search needs them). */
export function loadSearchTools(): Promise<SearchTools> {
  loading ??= Promise.all([import('opencc-js/t2cn'), import('pinyin-pro')]).then(
    ([opencc, pinyinPro]) => {
      const convert = opencc.Converter({ from: 't', to: 'cn' })
      return {
        toSimplified: (text) => foldVariants(convert(text)),
        syllablesOf: (text) =>
          pinyinPro.pinyin(text, { toneType: 'none', type: 'array', v: true }) as string[],
      }
    },
  )
  return loading
}
