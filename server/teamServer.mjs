// The team server (团队协作): Hocuspocus over WebSocket, plans persisted in one SQLite file, one
// 协作码 per plan created by its owner. Plain ESM JavaScript so that Node 20 runs it as it is.
import { Server } from '@hocuspocus/server'
import { SQLite, schema as documentsSchema } from '@hocuspocus/extension-sqlite'
import BetterSqlite3 from 'better-sqlite3'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

/** Why a connection is refused; the app shows a Chinese message for each (domain/team). */
export const REFUSAL = { unknownPlan: 'unknown-plan', wrongToken: 'wrong-token' }

const tokensSchema = `CREATE TABLE IF NOT EXISTS "plan_tokens" (
  "plan_id" varchar(255) NOT NULL PRIMARY KEY,
  "token_hash" varchar(64) NOT NULL,
  "created_at" integer NOT NULL
)`

/** The SQLite file in a data folder (made if missing): documents and the plans' token hashes. */
export function databasePath(dataDir) {
  mkdirSync(dataDir, { recursive: true })
  return join(dataDir, 'team.sqlite')
}

function openTokens(dataDir) {
  const db = new BetterSqlite3(databasePath(dataDir))
  db.pragma('journal_mode = WAL')
  db.exec(tokensSchema)
  return db
}

const hashOf = (code) => createHash('sha256').update(code, 'utf8').digest('hex')

/**
 * A new 协作码 for a plan: `<planId>.<secret>`, the plan's id so that a colleague's app knows
 * which plan to open, and 24 random bytes. Only its hash is stored; a new code replaces the old.
 */
export function createPlanToken(dataDir, planId) {
  if (!/^[\w-]{1,200}$/.test(planId)) throw new Error(`计划编号无效：${planId}`)
  const code = `${planId}.${randomBytes(24).toString('base64url')}`
  const db = openTokens(dataDir)
  try {
    db.prepare(
      `INSERT INTO plan_tokens (plan_id, token_hash, created_at) VALUES (?, ?, ?)
       ON CONFLICT(plan_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at`,
    ).run(planId, hashOf(code), Date.now())
  } finally {
    db.close()
  }
  return code
}

/** Withdraw a plan's 协作码: nobody connects to it any more (its document stays stored). */
export function revokePlanToken(dataDir, planId) {
  const db = openTokens(dataDir)
  try {
    return db.prepare('DELETE FROM plan_tokens WHERE plan_id = ?').run(planId).changes > 0
  } finally {
    db.close()
  }
}

function refusal(reason) {
  const error = new Error(reason)
  error.reason = reason
  return error
}

/**
 * Start the server on `host` (127.0.0.1 unless told) and `port` (0: any free one). A connection
 * is authenticated before any document is loaded: a plan without a 协作码 is refused as
 * unknown-plan, a wrong code as wrong-token, and the client receives nothing of the document.
 */
export async function startTeamServer({
  port = 1234,
  host = '127.0.0.1',
  dataDir,
  quiet = true,
  debounce = 1000,
}) {
  if (!dataDir) throw new Error('需要数据文件夹（--data）')
  const tokens = openTokens(dataDir)
  const findHash = tokens.prepare('SELECT token_hash FROM plan_tokens WHERE plan_id = ?')
  const server = new Server({
    port,
    address: host,
    quiet,
    stopOnSignals: false,
    debounce,
    maxDebounce: debounce * 5,
    extensions: [new SQLite({ database: databasePath(dataDir), schema: documentsSchema })],
    async onAuthenticate({ token, documentName }) {
      const row = findHash.get(documentName)
      if (!row) throw refusal(REFUSAL.unknownPlan)
      const given = Buffer.from(hashOf(token ?? ''), 'hex')
      const stored = Buffer.from(row.token_hash, 'hex')
      if (given.length !== stored.length || !timingSafeEqual(given, stored))
        throw refusal(REFUSAL.wrongToken)
      return { planId: documentName }
    },
  })
  await server.listen()
  const actualPort = server.address.port
  return {
    port: actualPort,
    url: `ws://${host}:${actualPort}`,
    /** Whether the server holds a plan's document in memory (loaded after authentication). */
    isLoaded: (planId) => server.hocuspocus.documents.has(planId),
    async stop() {
      await server.destroy()
      tokens.close()
    },
  }
}
