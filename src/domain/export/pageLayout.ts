/** GB/T 9704-2012 page geometry, shared by the print preview and the .docx. */
export const PAGE_MM = {
  width: 210,
  height: 297,
  marginTop: 37,
  marginLeft: 28,
  marginRight: 26,
  marginBottom: 35,
  /** The page number sits 7 mm below the type area. */
  pageNumberGap: 7,
  /** Word's footer distance from the bottom edge: 35 − 7 mm gap − the 14 pt line (≈ 5.6 mm). */
  footerFromEdge: 22,
} as const

export const TYPE_AREA_MM = {
  width: PAGE_MM.width - PAGE_MM.marginLeft - PAGE_MM.marginRight,
  height: PAGE_MM.height - PAGE_MM.marginTop - PAGE_MM.marginBottom,
} as const

/** The grid of the standard: 28 characters a line. */
export const GRID_CHARACTERS_PER_LINE = 28

/** 16 pt type at Word's 15.75 pt grid pitch fits 28 characters in the 156 mm line. */
export const CHARACTER_SPACING_PT = -0.25

export const MM_PER_POINT = 25.4 / 72

/** Official font names for Word, with the East-Asian attribute. */
export const DOCX_FONTS = {
  title: '方正小标宋简体',
  fangsong: '仿宋_GB2312',
  kai: '楷体_GB2312',
  hei: '黑体',
  song: '宋体',
  latin: 'Times New Roman',
} as const

/**
 * The face for Latin letters and digits in the preview: Times New Roman (or its metric twin
 * Liberation Serif), limited to Latin code points by an @font-face in printPreview.css so that
 * Chinese quotes “” and dashes still come from the Chinese font.
 */
export const CSS_LATIN_FONT = '"PlanDraft Latin"'

/** CSS stacks for the same faces, from the spec, with the Latin face first. */
export const CSS_FONT_STACKS = {
  fangsong: `${CSS_LATIN_FONT}, "仿宋_GB2312", FangSong_GB2312, 仿宋, FangSong, STFangsong, "Noto Serif CJK SC", serif`,
  kai: `${CSS_LATIN_FONT}, "楷体_GB2312", 楷体, KaiTi, STKaiti, "AR PL UKai CN", serif`,
  hei: `${CSS_LATIN_FONT}, 黑体, SimHei, "Heiti SC", STHeiti, "Noto Sans CJK SC", sans-serif`,
  title: `${CSS_LATIN_FONT}, "方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "Songti SC", "Noto Serif CJK SC", serif`,
  /** Page numbers: 宋体 digits, as the standard asks; where 宋体 is missing, Times New Roman digits. */
  song: `宋体, SimSun, "Songti SC", ${CSS_LATIN_FONT}, "Noto Serif CJK SC", serif`,
} as const
