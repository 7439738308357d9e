import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Layer folders under src/, lowest first; commands and data share a level. */
const LAYERS = [
  ['domain'],
  ['db'],
  ['store'],
  ['commands', 'data'],
  ['ui'],
  ['editor'],
  ['features'],
  ['app'],
]

/** Packages each layer may not import (besides every higher layer's folders). */
const PACKAGES = {
  // yjs is allowed: a plan's document and its operations are domain code (document-model.md).
  domain: [
    'react',
    'react-dom',
    'dexie',
    'dexie-react-hooks',
    'zustand',
    '@tiptap/*',
    'y-dexie',
    '@hocuspocus/*',
  ],
  db: ['react', 'react-dom', 'dexie-react-hooks', 'zustand', '@tiptap/*'],
}
const PACKAGE_MESSAGES = {
  domain: 'src/domain is pure TypeScript: no UI, storage or editor libraries.',
  db: 'src/db is Dexie only, no React: live-query hooks go in src/data.',
}

function layerRules() {
  return LAYERS.flatMap((level, index) => {
    const higher = LAYERS.slice(index + 1).flat()
    return level.map((layer) => {
      const patterns = []
      if (higher.length)
        patterns.push({
          group: higher.map((folder) => `**/${folder}/**`),
          message: `src/${layer} may only import from its own or a lower layer (${LAYERS.map((level) => level.join('/')).join(' < ')}).`,
        })
      if (PACKAGES[layer])
        patterns.push({ group: PACKAGES[layer], message: PACKAGE_MESSAGES[layer] })
      const paths =
        layer === 'db' || layer === 'domain'
          ? []
          : [{ name: 'dexie', message: 'Only src/db may import dexie.' }]
      return {
        files: [`src/${layer}/**/*.{ts,tsx}`],
        rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
      }
    })
  })
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Layers, lowest first: an import may only point to the same or a lower layer. Relative paths
  // are matched as well as package names, so `../features/…` from src/db fails `npm test`
  // (src/test/layers.test.ts). One block per layer: a file gets exactly one of these rule entries.
  ...layerRules(),
  {
    // The entry point (src/main.tsx) wires layers together; it still leaves dexie to src/db.
    files: ['src/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Only src/db may import dexie.' }] },
      ],
    },
  },
)
