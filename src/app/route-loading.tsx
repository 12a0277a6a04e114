/** Shown while a page's code or data loads, in the same frame as every page. */
export function RouteLoading() {
  return (
    <p role="status" className="animate-pulse text-muted">
      Loading…
    </p>
  )
}
