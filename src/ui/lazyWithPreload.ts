import { createElement, lazy, type ComponentType, type ReactElement } from 'react'

/**
 * React.lazy that can be loaded ahead (`preload()`, e.g. when the browser is idle), and once
 * loaded renders at once: no Suspense fallback for a module that is already there.
 */
export function lazyWithPreload<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): { Component: (props: Props) => ReactElement; preload: () => Promise<unknown> } {
  let loaded: ComponentType<Props> | undefined
  let loading: Promise<{ default: ComponentType<Props> }> | undefined
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component
      return { default: component }
    }))
  const Lazy = lazy(preload)
  function Component(props: Props): ReactElement {
    return createElement((loaded ?? Lazy) as ComponentType<Props>, props)
  }
  return { Component, preload }
}
