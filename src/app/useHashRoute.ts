import { useSyncExternalStore } from 'react'

export type Route =
  { name: 'library' } | { name: 'editor'; planId: string } | { name: 'print'; planId: string }

export function parseRoute(hash: string): Route {
  const match = /^#\/plan\/([^/]+)(\/print)?$/.exec(hash)
  if (!match) return { name: 'library' }
  const planId = decodeURIComponent(match[1])
  return match[2] ? { name: 'print', planId } : { name: 'editor', planId }
}

export function routeHref(route: Route): string {
  if (route.name === 'library') return '#/'
  const base = `#/plan/${encodeURIComponent(route.planId)}`
  return route.name === 'print' ? `${base}/print` : base
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
