import { defineConfig } from 'vitest/config'
import viteConfig from './vite.config'

/**
 * The unit benchmarks (*.bench.test.ts), run by `npm run bench:unit` (bench/unit.mjs), which
 * compares the figures they record with the budgets in bench/budgets.json. Not part of
 * `npm test`: a timing depends on what else the machine is doing.
 */
export default defineConfig({
  ...viteConfig,
  test: {
    ...viteConfig.test,
    include: ['src/**/*.bench.test.ts', 'scripts/**/*.bench.test.ts'],
    exclude: ['**/node_modules/**'],
    // One file at a time: two timed files would share the cores.
    fileParallelism: false,
  },
})
