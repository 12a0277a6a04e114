import { useQuery } from '@tanstack/react-query'
import { keptArticlesQuery } from './offline-queries'
import { useOnline } from './use-online'

/** In the list, offline: says which articles cannot be opened, before the reader tries. */
export function OfflineAvailability({ slug }: { slug: string }) {
  const online = useOnline()
  const { data: kept } = useQuery({ ...keptArticlesQuery(), enabled: !online })
  if (online || !kept || kept.has(slug)) return null
  return <span className="text-sm text-muted">Needs a connection</span>
}
