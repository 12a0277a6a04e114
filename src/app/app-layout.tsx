import { useEffect, useRef, type ReactNode } from 'react'
import { NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router'
import { LIST_PARAM, paths } from '../config/paths'
import { useHydrated } from '../lib/use-hydrated'
import { island } from './island'
import { lazyComponent } from './lazy-component'
import { RouteLoading } from './route-loading'

// The highlight count, the other tabs' changes, a warning about unsaved highlights and toasts
// come from the reader's own data or actions: they load after the page.
const HighlightsNavLink = island(async () => (await import('../features/highlights/highlights-nav-link')).HighlightsNavLink, PlainHighlightsNavLink)
const PersonalDataSync = island(async () => (await import('./personal-data-sync')).PersonalDataSync)
const StorageStatusBanner = island(async () => (await import('../features/highlights/storage-status-banner')).StorageStatusBanner)
// Whether the reader is offline, and a new edition when one is installed (with the service worker).
const ConnectionStatus = lazyComponent(async () => (await import('../features/offline/offline-status')).ConnectionStatus)
const EditionUpdates = island(async () => (await import('../features/offline/offline-status')).EditionUpdates)
const Toaster = lazyComponent(async () => (await import('../components/toast-region')).Toaster)
// The shortcuts' list and its keys: the button is in the page from the start, and works once this loads.
const ShortcutsButton = lazyComponent(async () => (await import('./shortcuts-button')).ShortcutsButton)

export function AppLayout() {
  useFocusHeadingAfterNavigation()
  useMarkAppReady()
  const hydrated = useHydrated()
  return (
    <>
      <NavigationProgress />
      {hydrated && (
        <>
          <PersonalDataSync />
          <StorageStatusBanner />
          <ConnectionStatus />
        </>
      )}
      <AppShell>
        <Outlet />
      </AppShell>
      {hydrated && (
        <>
          <EditionUpdates />
          <Toaster />
        </>
      )}
      <ScrollRestoration />
    </>
  )
}

/** Shown while the first page's data loads, in the same frame as every page. */
export function AppHydrateFallback() {
  return (
    <AppShell>
      <RouteLoading />
    </AppShell>
  )
}

function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#content"
        className="sr-only rounded-md bg-ink px-4 py-2 text-canvas focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>
      <header className="border-b border-rule print:hidden">
        {/* Start-aligned: what arrives later (the second link while a slow page is still being
            parsed, the highlights count when it loads) grows to the right and moves nothing. */}
        <div className="mx-auto flex max-w-5xl flex-wrap items-end gap-x-10 gap-y-2 px-4 pt-5 pb-3 sm:px-6">
          <NavLink to={paths.home()} className="font-serif text-3xl leading-none font-black tracking-tight sm:text-4xl">
            Broadsheet
          </NavLink>
          <nav aria-label="Main">
            <ul className="flex gap-5 text-sm font-semibold">
              <ListNavLinks />
              <li>
                <HighlightsNavLink className={navLinkClass} />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:px-6 sm:py-10 print:p-0">
        {children}
      </main>
      <footer className="border-t border-rule print:hidden">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-muted sm:px-6">
          <p>Broadsheet · news to read, mark and share</p>
          <ShortcutsButton />
        </div>
      </footer>
    </div>
  )
}

/** Articles, and the list's Following view: one page, told apart by its address's query. */
function ListNavLinks() {
  const { search } = useLocation()
  // The prerendered list is the plain one; the query applies once the app is up.
  const hydrated = useHydrated()
  const following = hydrated && new URLSearchParams(search).get(LIST_PARAM.following) === '1'
  return (
    <>
      <li>
        <NavLink to={paths.home()} end aria-current={following ? false : 'page'} className={({ isActive }) => navLinkClass({ isActive: isActive && !following })}>
          Articles
        </NavLink>
      </li>
      <li>
        <NavLink to={paths.following()} aria-current={following ? 'page' : false} className={() => navLinkClass({ isActive: following })}>
          Following
        </NavLink>
      </li>
    </>
  )
}

/** The link alone, until the count of highlights is known. */
function PlainHighlightsNavLink({ className }: { className: typeof navLinkClass }) {
  return (
    <NavLink to={paths.highlights()} className={className}>
      Highlights
    </NavLink>
  )
}

function navLinkClass({ isActive }: { isActive: boolean }) {
  return `border-b-2 pb-1 hover:text-accent ${isActive ? 'border-accent' : 'border-transparent'}`
}

/** A thin bar while a navigation waits for data, so a slow network never looks frozen. */
function NavigationProgress() {
  const navigation = useNavigation()
  if (navigation.state === 'idle') return null
  return <div role="progressbar" aria-label="Loading page" className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-accent" />
}

/**
 * Marks the document once the app's frame has hydrated (or rendered) and handles input: the
 * prerendered page looks the same before, so tools that need the live app wait for this.
 */
function useMarkAppReady() {
  useEffect(() => {
    document.documentElement.dataset.appReady = ''
  }, [])
}

/**
 * A client-side navigation does not move focus the way a page load does; moving it to the
 * new page's heading tells screen-reader and keyboard users where they are.
 */
function useFocusHeadingAfterNavigation() {
  const { pathname, hash } = useLocation()
  const previous = useRef(pathname)
  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    // A link to a place in the page (#highlight-…) moves focus there instead.
    if (hash) return
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true })
  }, [pathname, hash])
}
