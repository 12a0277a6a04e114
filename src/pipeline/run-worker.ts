import { SHARE_ENV, Worker } from 'node:worker_threads'

/**
 * Runs `source` (CommonJS, as eval workers are) in a worker thread with `workerData`, and
 * resolves with the one message it posts back. The build's parallel steps use it.
 */
export function runWorker<Result>(source: string, workerData: unknown): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData, env: SHARE_ENV })
    worker.once('message', (result: Result) => {
      resolve(result)
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a build worker stopped with exit code ${code}`))
    })
  })
}
