import { Link } from 'react-router'
import { paths } from '../config/paths'
import { TryAgainButton } from './try-again-button'

/**
 * What a page that was never kept for offline reading shows without a connection: the service
 * worker answers with this page (prerendered at /offline), and the app shows it when a page's
 * data cannot be fetched offline.
 */
export function OfflinePage() {
  return (
    <section role="alert" className="mx-auto max-w-[60ch] py-12 text-center">
      <title>You’re offline · Broadsheet</title>
      <p className="text-sm font-semibold tracking-widest text-accent uppercase">Offline</p>
      <h1 tabIndex={-1} className="mt-2 font-serif text-3xl font-bold focus:outline-none sm:text-4xl">
        This page needs a connection
      </h1>
      <p className="mt-4 text-muted">
        You’re offline, and this page was not kept on this device. Articles you have read or saved open without a connection, and your
        highlights are always here.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-4">
        <TryAgainButton />
        <Link to={paths.home()} className="rounded-md border border-rule px-5 py-2.5 font-semibold hover:border-accent hover:text-accent">
          Go to the articles
        </Link>
        <Link to={paths.highlights()} className="rounded-md border border-rule px-5 py-2.5 font-semibold hover:border-accent hover:text-accent">
          Your highlights
        </Link>
      </div>
    </section>
  )
}
