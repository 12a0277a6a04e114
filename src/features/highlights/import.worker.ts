/// <reference lib="webworker" />
import type { Highlight } from './highlight'
import { fromAnnotationCollection } from './web-annotation'

/**
 * Reads an import file off the main thread: its text, the JSON, and every annotation's
 * validation take hundreds of milliseconds for a large library, which would freeze the page.
 * The highlights go back a batch at a time, so that receiving them is no long task either.
 */
export type ImportWorkerMessage = { kind: 'highlights'; highlights: Highlight[] } | { kind: 'done'; error?: string }

const BATCH = 1000

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<Blob>) => {
  // Its size was checked before it was sent (read-import-file.ts).
  const file = event.data
  let text: string
  try {
    text = await file.text()
  } catch {
    self.postMessage({ kind: 'done', error: 'This file could not be read.' } satisfies ImportWorkerMessage)
    return
  }
  const outcome = fromAnnotationCollection(text)
  if (!outcome.ok) {
    self.postMessage({ kind: 'done', error: outcome.error } satisfies ImportWorkerMessage)
    return
  }
  for (let start = 0; start < outcome.highlights.length; start += BATCH) {
    self.postMessage({ kind: 'highlights', highlights: outcome.highlights.slice(start, start + BATCH) } satisfies ImportWorkerMessage)
  }
  self.postMessage({ kind: 'done' } satisfies ImportWorkerMessage)
}
