/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.js'

/** The CSP goes into the built page only: the dev server's React refresh preamble is inline. */
function contentSecurityPolicyMeta(): Plugin {
  const charset = '<meta charset="UTF-8" />'
  return {
    name: 'plandraft-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => {
      if (!html.includes(charset)) throw new Error(`index.html lost its ${charset}`)
      // Right after the charset: a policy in <meta> governs only what comes after it.
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`
      return html.replace(charset, `${charset}\n    ${meta}`)
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    VitePWA({
      // No service worker in unit tests; the dev server gets the no-op register module.
      disable: Boolean(process.env.VITEST),
      registerType: 'prompt',
      // Registered from UpdatePrompt through virtual:pwa-register/react; no inline script (CSP).
      injectRegister: false,
      // The glob below already lists the icons; the plugin adds the manifest itself.
      includeManifestIcons: false,
      manifest: {
        name: '计划起草',
        short_name: '计划起草',
        description: '在浏览器中起草年度工作计划、工作要点，数据只保存在本机。',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#b22222',
        background_color: '#f3f1ed',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every chunk, lazy ones too (docx, pinyin-pro, opencc-js, importers): all work offline.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,woff,woff2,ttf,otf,json}'],
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    outDir: process.env.PLANDRAFT_OUTDIR ?? 'dist',
    chunkSizeWarningLimit: 1500,
    // Readable names in profiles: PLANDRAFT_NO_MINIFY=1.
    minify: !process.env.PLANDRAFT_NO_MINIFY,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    // Unit benchmarks time things: `npm run bench:unit` runs them (vitest.bench.config.ts), never
    // `npm test`, where a busy machine would fail them by chance.
    exclude: ['**/node_modules/**', '**/.git/**', '**/*.bench.test.ts'],
    // A time-out catches a hang, not slowness: vitest's 5 s failed ESLint's first run
    // (src/test/layers.test.ts) on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
  },
})
