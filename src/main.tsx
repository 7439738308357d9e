import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { wireEffects } from './app/wireEffects'
import './app/app.css'
import { ensureBuiltinPhrases } from './db/phraseRepo'
import { showToast } from './store/toastStore'
import { UpdatePrompt } from './features/update/UpdatePrompt'

wireEffects()

// Built-in phrases are written (or upgraded) once per start, off the first paint's path.
ensureBuiltinPhrases().catch(() => showToast('内置常用语未能载入，请刷新页面重试', 'error'))

// Ask the browser not to evict the plans under storage pressure (granted silently or not at all).
void navigator.storage?.persist?.().catch(() => false)

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
    <UpdatePrompt />
  </StrictMode>,
)
