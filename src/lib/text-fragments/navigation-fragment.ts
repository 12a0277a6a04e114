/**
 * The fragment a page was opened with, directive included. Browsers hide `:~:…` from
 * `location.hash` on a page load, but the navigation timing entry keeps the full URL;
 * a link followed inside the app keeps it in `location.hash`.
 */
export function navigationFragment(): { pathname: string; fragment: string } | null {
  if (location.hash.includes(':~:')) return { pathname: location.pathname, fragment: location.hash.slice(1) }
  const [entry] = performance.getEntriesByType('navigation')
  const url = entry && URL.parse(entry.name)
  if (!url?.hash.includes(':~:')) return null
  return { pathname: url.pathname, fragment: url.hash.slice(1) }
}
