import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { FindRequest, FindResponse, FindWorkerInit } from './find.worker'
import { searchFromParams, type FindParams } from './find-params'
import type { FindResult } from './run-find'

/**
 * The main thread's side of the find worker: one worker per page, started on first need
 * (a search, a filter, the filter panel), answering requests by id.
 */
let worker: Worker | undefined
let nextId = 1
const waiting = new Map<number, { resolve: (result: FindResult) => void; reject: (error: Error) => void }>()

export function startFindWorker(urls: FindWorkerInit): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./find.worker.ts', import.meta.url), { type: 'module', name: 'find' })
  worker.onmessage = (event: MessageEvent<FindResponse>) => {
    const reply = event.data
    const request = waiting.get(reply.id)
    waiting.delete(reply.id)
    if ('error' in reply) request?.reject(new Error(reply.error))
    else request?.resolve(reply.result)
  }
  worker.postMessage(urls)
  return worker
}

function find(urls: FindWorkerInit, params: FindParams, personal: Personal, withCounts: boolean): Promise<FindResult> {
  const request: FindRequest = { id: nextId++, params, saved: personal.saved ?? [], highlighted: personal.highlighted ?? [], withCounts }
  return new Promise((resolve, reject) => {
    waiting.set(request.id, { resolve, reject })
    startFindWorker(urls).postMessage(request)
  })
}

/** Article ids from the reader's own data, for the Saved and Has highlights filters. */
export type Personal = { saved?: string[]; highlighted?: string[] }

/** `withCounts`: also count the results per facet value, for the filter panel. */
export const findQuery = (urls: FindWorkerInit, params: FindParams, personal: Personal, { withCounts }: { withCounts: boolean }) =>
  queryOptions({
    // The personal ids matter only while their filter is on.
    queryKey: ['find', searchFromParams(params).toString(), params.saved ? personal.saved : null, params.highlighted ? personal.highlighted : null, withCounts],
    queryFn: () => find(urls, params, personal, withCounts),
    staleTime: Infinity,
    // While the next keystroke's results come, keep showing the last ones.
    placeholderData: keepPreviousData,
  })
