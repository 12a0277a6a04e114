import { Link } from 'react-router'
import { paths } from '../config/paths'

export function NotFoundPage() {
  return (
    <section className="mx-auto max-w-[60ch] py-12 text-center">
      <title>Page not found · Broadsheet</title>
      <p className="text-sm font-semibold tracking-widest text-accent uppercase">404</p>
      <h1 tabIndex={-1} className="mt-2 font-serif text-3xl font-bold focus:outline-none sm:text-4xl">
        We couldn’t find that page
      </h1>
      <p className="mt-4 text-muted">The link may be mistyped, or the article may no longer be in this edition.</p>
      <Link
        to={paths.home()}
        className="mt-8 inline-block rounded-md bg-ink px-5 py-2.5 font-semibold text-canvas hover:bg-accent focus-visible:outline-offset-4"
      >
        Go to the latest articles
      </Link>
    </section>
  )
}
