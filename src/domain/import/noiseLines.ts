/**
 * Lines a pasted web page or a printout leaves in the text that are not part of the plan: the
 * source and counters, tag and recommendation blocks, menus, copyright, page numbers. Simplified
 * and Traditional forms are both listed, since users paste from sites in either.
 */

// `来源：某某网`, `作者：…`, `发布时间：…` — a label and a colon (full-width or ASCII).
const LABELLED =
  /^(来源|來源|出处|出處|作者|责任编辑|責任編輯|编辑|編輯|发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|更新时间|更新時間|浏览次数|瀏覽次數|浏览|瀏覽|阅读次数|閱讀次數|阅读|閱讀|点击数|點擊數|点击|點擊|字号|字號|当前位置|當前位置|您的位置|你的位置|本文链接|本文鏈接|原文链接|原文鏈接|原文地址|分享到|标签|標籤|本文标签|本文標籤|关键词|關鍵詞|上一篇|下一篇|相关文章|相關文章)\s*[:：]/

// Blocks of a page's side bar or footer, usually a short line by itself.
const BLOCK_TITLES =
  /^(热门标签|熱門標籤|相关推荐|相關推薦|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|相关阅读|相關閱讀|热门推荐|熱門推薦|精彩推荐|精彩推薦|热门文章|熱門文章|最新文章|返回顶部|返回頂部|返回首页|返回首頁|打印本页|打印本頁|关闭窗口|關閉窗口|收藏本页|收藏本頁|分享到|扫一扫|掃一掃|加入收藏|设为首页|設為首頁|設爲首頁|首页|首頁|上一页|上一頁|下一页|下一頁|【打印】|【关闭】|【關閉】)/

// A block of links that runs to the end of the page: every short line after it is noise too.
const LINK_BLOCK_TITLES =
  /^(热门标签|熱門標籤|相关推荐|相關推薦|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|相关阅读|相關閱讀|热门推荐|熱門推薦|精彩推荐|精彩推薦|热门文章|熱門文章|最新文章|相关文章|相關文章|上一篇|下一篇)/

const COPYRIGHT = /版权所有|版權所有|copyright|©|ICP备|ICP備|免责声明|免責聲明/i

// — 1 —, - 2 -, 3, 第1页 共5页, 1/5, Page 1 of 5.
const PAGE_NUMBERS = [
  /^[-—－–~～\s]*\d{1,4}[-—－–~～\s]*$/,
  /^第\s*\d+\s*[页頁](\s*[，,/]?\s*共\s*\d+\s*[页頁])?$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^page\s*\d+(\s*of\s*\d+)?$/i,
]

// A menu or breadcrumb: several short words between separators (首页 | 工作计划 | 工作总结).
const MENU_SEPARATORS = /[|｜│>»›·•]/
const MENU_SPLIT = /[|｜│>»›·•\s\u3000]+/
const SENTENCE_PUNCTUATION = /[。，,；;！？!?]/

/** True when a (cleaned) line is web or print noise, dropped from the plan. */
export function isNoiseLine(text: string): boolean {
  // Cheap tests first: a plan's paragraphs are long and have no colon near their start.
  if (COLON_NEAR_START.test(text) && LABELLED.test(text)) return true
  if (text.length <= 40 && BLOCK_TITLES.test(text)) return true
  if (text.length <= 100 && COPYRIGHT.test(text)) return true
  if (text.length <= 20 && PAGE_NUMBERS.some((pattern) => pattern.test(text))) return true
  return isMenu(text)
}

const COLON_NEAR_START = /^.{1,8}[:：]/

/** 热门标签, 相关推荐, 上一篇：… — the start of a page's list of links (noise to its end). */
export function startsLinkBlock(text: string): boolean {
  return text.length <= 60 && LINK_BLOCK_TITLES.test(text)
}

/** A line in a page's list of links: short, no sentence in it. */
export function isLinkLine(text: string): boolean {
  return text.length <= 50 && !/[。；！？]/.test(text)
}

function isMenu(text: string): boolean {
  if (text.length > 80 || SENTENCE_PUNCTUATION.test(text)) return false
  const parts = text.split(MENU_SPLIT).filter((part) => part !== '')
  if (parts.length < 3 || parts.some((part) => part.length > 8)) return false
  // Words between spaces only: each at least two characters (a letter-spaced title is not a menu).
  return MENU_SEPARATORS.test(text) || parts.every((part) => part.length >= 2)
}
