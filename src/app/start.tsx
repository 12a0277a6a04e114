import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { readPageState } from '../lib/page-state/page-state'
import { createRoutes } from './router'

/**
 * Starts the app on a page the browser has already painted (src/main.tsx): hydrates it in a
 * transition, in slices that yield to the reader's scrolling and typing. Each page's own code
 * and its interactive parts load after (src/app/lazy-component.tsx).
 */
const loadQueryClient = async () => (await import('./browser-query-client')).queryClient

export function start() {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  // A static host may answer an unknown path with another page's HTML (404.html): only a page
  // prerendered for this very path is hydrated; anything else is rendered afresh.
  const state = readPageState(document)
  const prerendered = state !== undefined && withoutTrailingSlash(state.path) === withoutTrailingSlash(location.pathname)
  const router = createBrowserRouter(createRoutes(loadQueryClient), prerendered ? { hydrationData: state.router } : {})
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  )
  if (prerendered) {
    startTransition(() => {
      hydrateRoot(root, app)
    })
  } else {
    createRoot(root).render(app)
  }
}

function withoutTrailingSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
}
