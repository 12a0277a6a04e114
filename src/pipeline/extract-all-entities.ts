import { availableParallelism } from 'node:os'
import { extractEntities, type ArticleEntities, type ArticleText } from './extract-entities.ts'
import { runWorker } from './run-worker.ts'

/**
 * Entity extraction is the costliest part of reading the articles (compromise, a few ms per
 * article), so large corpora are split across one worker thread per core.
 */
const PER_WORKER_MINIMUM = 500

export async function extractAllEntities(articles: readonly ArticleText[]): Promise<ArticleEntities[]> {
  const workers = Math.min(availableParallelism(), Math.floor(articles.length / PER_WORKER_MINIMUM))
  if (workers < 2) return articles.map((article) => extractEntities(article))
  const size = Math.ceil(articles.length / workers)
  const slices = Array.from({ length: workers }, (_, index) => articles.slice(index * size, (index + 1) * size))
  return (await Promise.all(slices.map(extractInWorker))).flat()
}

// CommonJS, as eval workers are. tsx (a dev dependency, like the build itself) loads the
// TypeScript module in the worker.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
import('tsx/esm/api')
  .then(({ tsImport }) => tsImport(workerData.module, workerData.module))
  .then(({ extractEntities }) => parentPort.postMessage(workerData.articles.map((article) => extractEntities(article))))
`

function extractInWorker(articles: ArticleText[]): Promise<ArticleEntities[]> {
  const module = new URL('./extract-entities.ts', import.meta.url).href
  return runWorker(WORKER_SOURCE, { module, articles })
}
