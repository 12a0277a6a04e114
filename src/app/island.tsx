import type { ComponentType } from 'react'
import { lazyComponent, type LazyComponent } from './lazy-component'

/**
 * A part of a page that works with the reader's own data or answers their actions (Save,
 * Share, highlights, search): it and the query client load after the page has hydrated,
 * which keeps them out of the JavaScript every page needs first. In the browser, islands
 * share one query client; on the build machine they use the page's own, from the root.
 */
export function island<Props extends object>(load: () => Promise<ComponentType<Props>>, Fallback?: ComponentType<Props>): LazyComponent<Props> {
  if (import.meta.env.SSR) return lazyComponent(load, Fallback)
  return lazyComponent(async () => {
    const [Component, { QueryProvider }] = await Promise.all([load(), import('./browser-query-client')])
    return function WithQueryClient(props: Props) {
      return (
        <QueryProvider>
          <Component {...props} />
        </QueryProvider>
      )
    }
  }, Fallback)
}
