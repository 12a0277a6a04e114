/** The list's heading, with how many articles there are. */
export function ListHeading({ count }: { count: number }) {
  return (
    <div className="mb-6 flex items-baseline justify-between gap-4 border-b-2 border-ink pb-3">
      <h1 tabIndex={-1} className="font-serif text-3xl font-bold tracking-tight focus:outline-none sm:text-4xl">
        Latest
      </h1>
      {count > 0 && (
        <p className="text-sm text-muted">
          {count} {count === 1 ? 'article' : 'articles'}
        </p>
      )}
    </div>
  )
}
