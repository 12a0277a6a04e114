/// <reference lib="webworker" />
import { SearchIndex } from '../../lib/search/search-index'
import type { SearchManifest } from '../../lib/search/shard-format'
import { FacetIndex, type FacetData } from './facets'
import type { FindParams } from './find-params'
import { runFind } from './run-find'

/**
 * Search and filtering off the main thread: the worker holds the facet data and the search
 * shards it has loaded, and answers each find with the matching article numbers.
 */
export type FindRequest = { id: number; params: FindParams; saved: string[]; highlighted: string[]; withCounts: boolean }
export type FindWorkerInit = { facetsUrl: string; searchUrl: string }
export type FindResponse = { id: number; result: Awaited<ReturnType<typeof runFind>> } | { id: number; error: string }

declare const self: DedicatedWorkerGlobalScope

let engine: Promise<{ facets: FacetIndex; search: SearchIndex }> | undefined

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`)
  return response.text()
}

async function start({ facetsUrl, searchUrl }: FindWorkerInit) {
  const [facetData, manifest] = await Promise.all([
    fetchText(facetsUrl).then((text) => JSON.parse(text) as FacetData),
    fetchText(searchUrl).then((text) => JSON.parse(text) as SearchManifest & { shardUrls: Record<string, string> }),
  ])
  return {
    facets: new FacetIndex(facetData),
    search: new SearchIndex(manifest, (key) => {
      const url = manifest.shardUrls[key]
      return url ? fetchText(url) : Promise.reject(new Error(`no search shard ${key}`))
    }),
  }
}

self.onmessage = async (event: MessageEvent<FindWorkerInit | FindRequest>) => {
  const message = event.data
  if (!('id' in message)) {
    engine ??= start(message)
    return
  }
  try {
    if (!engine) throw new Error('the find worker was not started')
    const { facets, search } = await engine
    const result = await runFind(facets, search, message.params, { saved: new Set(message.saved), highlighted: new Set(message.highlighted) }, { withCounts: message.withCounts })
    self.postMessage({ id: message.id, result } satisfies FindResponse, [result.docs.buffer])
  } catch (error) {
    self.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies FindResponse)
  }
}
