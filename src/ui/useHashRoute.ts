import { useSyncExternalStore } from 'react'

export type Route =
  | { name: 'library' }
  | { name: 'trash' }
  | { name: 'editor'; planId: string }
  /** `nodeId`: the item selected in the editor, offered as the print scope. */
  | { name: 'print'; planId: string; nodeId?: string }

export function parseRoute(hash: string): Route {
  if (hash === '#/trash') return { name: 'trash' }
  const match = /^#\/plan\/([^/]+)(\/print(?:\/([^/]+))?)?$/.exec(hash)
  if (!match) return { name: 'library' }
  const planId = decodeURIComponent(match[1])
  if (!match[2]) return { name: 'editor', planId }
  return match[3]
    ? { name: 'print', planId, nodeId: decodeURIComponent(match[3]) }
    : { name: 'print', planId }
}

export function routeHref(route: Route): string {
  if (route.name === 'library') return '#/'
  if (route.name === 'trash') return '#/trash'
  const base = `#/plan/${encodeURIComponent(route.planId)}`
  if (route.name === 'editor') return base
  return route.nodeId ? `${base}/print/${encodeURIComponent(route.nodeId)}` : `${base}/print`
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route)
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return parseRoute(hash)
}
