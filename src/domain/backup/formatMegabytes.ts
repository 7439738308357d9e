/** Bytes as the storage panel shows them: 0.3 MB, 1,234.5 MB (one decimal, grouped). */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024)
  const digits = megabytes > 0 && megabytes < 0.1 ? 2 : 1
  return `${megabytes.toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: digits })} MB`
}
