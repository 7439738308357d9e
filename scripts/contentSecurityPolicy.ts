import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * SHA-256 source of the <style> element Tiptap injects (its ProseMirror base CSS), so style-src
 * can allow exactly that one inline stylesheet instead of 'unsafe-inline'.
 */
export function tiptapStyleHash(): string {
  const require = createRequire(import.meta.url)
  const file = require.resolve('@tiptap/core').replace(/index\.cjs$/, 'index.js')
  const source = readFileSync(file, 'utf8')
  const match = /\nconst style = `([^`$\\]*)`;/.exec(source)
  // A Tiptap upgrade that changes how its CSS is written must fail the build, not the page.
  if (!match) throw new Error(`Tiptap's injected CSS was not found in ${file}`)
  return `'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`
}

/** The page's policy: this origin only (and WebSocket for the team server), no inline script, no plugins, no <base>, no forms. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${tiptapStyleHash()}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // ws: and wss: for 团队协作: the team server's address is the one the user types in.
    "connect-src 'self' ws: wss:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}
