import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { paths } from '../config/paths'
import { NotFoundPage } from './not-found-page'
import { OfflinePage } from './offline-page'
import { TryAgainButton } from './try-again-button'

export function RouteErrorPage() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  // The page's data was never kept on this device, and there is no network to fetch it from.
  if (typeof navigator !== 'undefined' && 'onLine' in navigator && !navigator.onLine) return <OfflinePage />
  return (
    <section role="alert" className="mx-auto max-w-[60ch] py-12 text-center">
      <title>Something went wrong · Broadsheet</title>
      <h1 tabIndex={-1} className="font-serif text-3xl font-bold focus:outline-none">
        This page could not be loaded
      </h1>
      <p className="mt-4 text-muted">Check your connection and try again.</p>
      <div className="mt-8 flex justify-center gap-4">
        <TryAgainButton />
        <Link to={paths.home()} className="rounded-md border border-rule px-5 py-2.5 font-semibold hover:border-accent hover:text-accent">
          Go to the latest articles
        </Link>
      </div>
    </section>
  )
}
