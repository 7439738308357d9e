// Initial JS and CSS: what index.html loads (its module script, the chunks it preloads, its
// stylesheets), gzip-compressed as a server would send them; and the size of every other chunk.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10

export function bundleReport(appDir) {
  const html = readFileSync(path.join(appDir, 'index.html'), 'utf8')
  const initialFiles = []
  for (const match of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const tag = match[0]
    const url = /(?:src|href)="\/?([^"]+)"/.exec(tag)?.[1]
    if (!url?.startsWith('assets/')) continue
    if (tag.startsWith('<script') || /rel="(modulepreload|stylesheet)"/.test(tag))
      initialFiles.push(url)
  }
  const gzipKb = {}
  for (const file of readdirSync(path.join(appDir, 'assets'))) {
    if (!/\.(js|css)$/.test(file)) continue
    gzipKb[`assets/${file}`] = kb(gzipSync(readFileSync(path.join(appDir, 'assets', file))).length)
  }
  const sum = (ext) =>
    kb(
      initialFiles
        .filter((file) => file.endsWith(ext))
        .reduce((total, file) => total + gzipKb[file] * 1024, 0),
    )
  return {
    initialJsKb: sum('.js'),
    initialCssKb: sum('.css'),
    initialFiles,
    gzipKb,
  }
}
