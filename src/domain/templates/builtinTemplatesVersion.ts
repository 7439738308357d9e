/**
 * The built-in template set's version and keys, apart from the (large, lazily loaded) data, so a
 * start-up check can tell whether the stored built-ins are current without loading it. Bump the
 * version whenever builtinTemplates.data.ts changes; never reuse or rename a key.
 */
export const BUILTIN_TEMPLATES_VERSION = 1

export const BUILTIN_TEMPLATE_KEYS = [
  'town-union',
  'county-union',
  'town-congress',
  'blank-key-points',
] as const
