import type { Highlight } from './highlight'
import { fileSizeProblem } from './import-limits'
import type { ImportWorkerMessage } from './import.worker'
import type { ImportOutcome } from './web-annotation'

/**
 * An import file read as highlights, or why it was refused, with the reading done in a
 * worker (import.worker.ts): one per import, ended when it answers. A file over the size
 * limit is refused before any of it is read.
 */
export async function readImportFile(file: Blob): Promise<ImportOutcome> {
  const tooLarge = fileSizeProblem(file.size)
  if (tooLarge) return { ok: false, error: tooLarge }
  if (typeof Worker === 'undefined') {
    const { fromAnnotationCollection } = await import('./web-annotation')
    return fromAnnotationCollection(await file.text())
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' })
    const finish = (outcome: ImportOutcome) => {
      worker.terminate()
      resolve(outcome)
    }
    const highlights: Highlight[] = []
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data
      if (message.kind === 'highlights') highlights.push(...message.highlights)
      else finish(message.error === undefined ? { ok: true, highlights } : { ok: false, error: message.error })
    }
    // The worker failed to load or ran out of memory: the file was not read.
    worker.onerror = (event) => {
      event.preventDefault()
      finish({ ok: false, error: 'This file could not be read (the browser stopped reading it; it may be too large for this device).' })
    }
    worker.postMessage(file)
  })
}
