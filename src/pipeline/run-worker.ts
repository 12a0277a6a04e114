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

// CommonJS, as eval workers are. tsx (a dev dependency, like the build itself) loads the
// TypeScript module in the worker.
const CALL_EXPORT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
import('tsx/esm/api')
  .then(({ tsImport }) => tsImport(workerData.module, workerData.module))
  .then((module) => module[workerData.exportName](workerData.input))
  .then((result) => parentPort.postMessage(result))
`

/**
 * Calls `exportName` of the TypeScript module at `module` (a file URL) with `input` on another
 * thread, and resolves with what it returns (or resolves to).
 */
export function runModuleInWorker<Result>(module: URL, exportName: string, input: unknown): Promise<Result> {
  return runWorker<Result>(CALL_EXPORT_SOURCE, { module: module.href, exportName, input })
}
