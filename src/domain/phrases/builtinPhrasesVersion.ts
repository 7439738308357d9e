/**
 * The version of the built-in phrase set (builtinPhrases.data.ts): bump it when that set changes,
 * so existing databases are upgraded on start. Apart from the data, so that the start can compare
 * it with the stored one without loading the phrases.
 */
export const BUILTIN_PHRASES_VERSION = 1
