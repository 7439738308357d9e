import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from './useHashRoute'

describe('hash routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'library' }],
    ['#/', { name: 'library' }],
    ['#/plan/p1', { name: 'editor', planId: 'p1' }],
    ['#/plan/p1/print', { name: 'print', planId: 'p1' }],
    ['#/plan/p1/print/n9', { name: 'print', planId: 'p1', nodeId: 'n9' }],
    ['#/trash', { name: 'trash' }],
    ['#/nonsense', { name: 'library' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route)
    if (hash.startsWith('#/plan') || hash === '#/trash') expect(routeHref(route)).toBe(hash)
  })
})
