/// <reference types="vite-plugin-pwa/react" />
import { useState } from 'react'
import { useRegisterSW } from 'virtual:pwa-register/react'
import { flushPendingEdits } from '../../store/pendingEdits'
import { useSessionStore } from '../../store/sessionStore'
import './UpdatePrompt.css'

/** How often an open tab asks the server for a newer build (only while online). */
const UPDATE_CHECK_MS = 60 * 60 * 1000

/** Set when the user asked for the new version in this tab. */
let requestedHere = false

/**
 * The new version took over. In the tab where the user asked: write every open field, then
 * reload. In other tabs: write every open field and ask (需要刷新) — never a silent reload.
 */
async function newVersionActive(): Promise<void> {
  await flushPendingEdits()
  if (requestedHere) window.location.reload()
  else useSessionStore.setState({ databaseReplaced: true })
}

/**
 * Registers the service worker (offline use) and, when a new version is waiting, asks
 * 已有新版本，刷新？ without blocking the page; the reload only follows flushed edits.
 */
export function UpdatePrompt() {
  const [busy, setBusy] = useState(false)
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      if (!registration) return
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined)
      }, UPDATE_CHECK_MS)
    },
    // The new worker took over (asked for here or in another tab).
    onNeedReload: () => void newVersionActive(),
  })

  if (!needRefresh) return null

  const refresh = async () => {
    setBusy(true)
    requestedHere = true
    await flushPendingEdits()
    // Activates the waiting worker; its `controlling` event reloads through onNeedReload.
    await updateServiceWorker(true)
  }

  return (
    <div className="update-prompt" role="region" aria-label="新版本">
      <span role="status">已有新版本，刷新？</span>
      <button type="button" className="primary" disabled={busy} onClick={() => void refresh()}>
        刷新
      </button>
      <button type="button" disabled={busy} onClick={() => setNeedRefresh(false)}>
        稍后
      </button>
    </div>
  )
}
