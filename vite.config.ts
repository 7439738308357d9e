/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: process.env.PLANDRAFT_OUTDIR ?? 'dist',
    chunkSizeWarningLimit: 1500,
    // Readable names in profiles: PLANDRAFT_NO_MINIFY=1.
    minify: !process.env.PLANDRAFT_NO_MINIFY,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
  },
})
