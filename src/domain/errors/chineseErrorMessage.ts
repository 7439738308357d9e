const HAN = /\p{Script=Han}/u

/**
 * What went wrong, in Chinese, for any thrown value: the app's own errors already speak Chinese
 * and are kept; a browser's or library's English (a stack overflow, a database error, an object
 * thrown as is) becomes a sentence naming the kind of problem, never '[object Object]'.
 */
export function chineseErrorMessage(error: unknown, action = '操作'): string {
  if (typeof error === 'string' && HAN.test(error)) return firstLine(error)
  // Dexie wraps what was thrown inside a transaction, adding an English line: say the cause.
  const inner = (error as { inner?: unknown } | null)?.inner
  if (inner instanceof Error || inner instanceof DOMException)
    return chineseErrorMessage(inner, action)
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  const message = error instanceof Error || error instanceof DOMException ? error.message : ''
  if (HAN.test(message)) return firstLine(message)
  if (name === 'QuotaExceededError' || /quota/i.test(message))
    return `存储空间已满，${action}未完成。未做任何更改。`
  if (name === 'AbortError') return `${action}已取消，未做任何更改。`
  // "Maximum call stack size exceeded", "Invalid array length": input too large or too deep.
  if (error instanceof RangeError) return `内容太大或层次太深，${action}未完成。未做任何更改。`
  if (/Error$/.test(name) && name !== 'Error' && name !== 'TypeError')
    return `浏览器数据库出错，${action}未完成。请刷新页面后重试。`
  return `发生意外错误，${action}未完成。请刷新页面后重试。`
}

/** The Chinese sentence without what a library appended on further lines (`AbortError: …`). */
const firstLine = (message: string) => message.split('\n')[0].trim()
