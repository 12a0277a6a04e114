import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { readPageState } from '../lib/page-state/page-state'
import { Hydrating } from '../lib/use-hydrated'
import { createRoutes } from './router'

/**
 * Starts the app on a page the browser has already painted (src/main.tsx): hydrates it in a
 * transition, in slices that yield to the reader's scrolling and typing. Each page's own code
 * and its interactive parts load after (src/app/lazy-component.tsx).
 */
const loadQueryClient = async () => (await import('./browser-query-client')).queryClient

export async function start() {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  // A static host may answer an unknown path with another page's HTML (404.html): only a page
  // prerendered for this very path is hydrated; anything else is rendered afresh.
  const state = readPageState(document)
  const prerendered = state !== undefined && withoutTrailingSlash(state.path) === withoutTrailingSlash(location.pathname)
  const router = createBrowserRouter(createRoutes(loadQueryClient), prerendered ? { hydrationData: state.router } : {})
  // Making the router and starting React are each a few tens of milliseconds on a slow phone:
  // in separate tasks, so a tap or a scroll between them is answered at once.
  await nextTask()
  if (prerendered) {
    startTransition(() => {
      hydrateRoot(
        root,
        <StrictMode>
          <Hydrating>
            <RouterProvider router={router} />
          </Hydrating>
        </StrictMode>,
      )
    })
  } else {
    createRoot(root).render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    )
  }
}

function nextTask(): Promise<void> {
  // scheduler.yield where the browser has it (it resumes ahead of other queued work).
  if (typeof scheduler !== 'undefined' && 'yield' in scheduler) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve))
}

function withoutTrailingSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
}
