// Renders public/favicon.svg to the PNG icons of the web manifest: node scripts/make-icons.mjs
// Chromium draws the 计 glyph with the system's CJK font (ImageMagick's SVG renderer may not).
import { readFileSync } from 'node:fs'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const favicon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8')
// Maskable: full-bleed square, glyph inside the central 80 % safe zone.
const maskable = favicon
  .replace('rx="6" ', '')
  .replace('y="23" font-size="18"', 'y="21.2" font-size="14"')

const icons = [
  { file: 'pwa-192x192.png', size: 192, svg: favicon },
  { file: 'pwa-512x512.png', size: 512, svg: favicon },
  { file: 'maskable-icon-512x512.png', size: 512, svg: maskable },
  { file: 'apple-touch-icon-180x180.png', size: 180, svg: maskable },
]

const browser = await chromium.launch({
  executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
  args: ['--no-sandbox', '--disable-gpu'],
})
const page = await browser.newPage({ deviceScaleFactor: 1 })
for (const { file, size, svg } of icons) {
  await page.setViewportSize({ width: size, height: size })
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `)
  await page.setContent(
    `<html><body style="margin:0;background:transparent;font-family:'Noto Sans CJK SC',sans-serif">${sized}</body></html>`,
  )
  await page.screenshot({ path: `public/${file}`, omitBackground: true })
  console.log(`public/${file}`)
}
await browser.close()
