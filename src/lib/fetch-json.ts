/** A failed request for app data, with the status so error pages can say what happened. */
export class FetchError extends Error {
  override name = 'FetchError'
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`Could not load ${url} (HTTP ${status})`)
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init)
  if (!response.ok) throw new FetchError(url, response.status)
  return (await response.json()) as T
}
