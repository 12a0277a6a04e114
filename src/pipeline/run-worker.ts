import { SHARE_ENV, Worker } from 'node:worker_threads'

/** A worker thread asked one thing at a time (see startWorker). */
export type AskedWorker<Question, Answer> = {
  ask: (question: Question) => Promise<Answer>
  stop: () => Promise<void>
}

/**
 * Starts `source` (CommonJS) in a worker thread with `workerData`. The source answers each
 * message with one `{ answer }` or `{ error }` message; `ask` sends the next question only
 * after the last answer, so the caller decides how much is in flight (and in memory) at once.
 */
export function startWorker<Question, Answer>(source: string, workerData: unknown): AskedWorker<Question, Answer> {
  const worker = new Worker(source, { eval: true, workerData, env: SHARE_ENV })
  let failed: Error | undefined
  let waiting: { resolve: (answer: Answer) => void; reject: (error: Error) => void } | undefined
  const fail = (error: Error) => {
    failed = error
    waiting?.reject(error)
    waiting = undefined
  }
  worker.on('message', (message: { answer: Answer } | { error: string }) => {
    if ('error' in message) fail(new Error(message.error))
    else waiting?.resolve(message.answer)
    waiting = undefined
  })
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`a build worker stopped with exit code ${code}`)))
  return {
    ask(question) {
      if (failed) return Promise.reject(failed)
      return new Promise<Answer>((resolve, reject) => {
        waiting = { resolve, reject }
        worker.postMessage(question)
      })
    },
    async stop() {
      await worker.terminate()
    },
  }
}

// CommonJS, as eval workers are. It loads the module (a TypeScript one through tsx, a dev
// dependency like the build itself) and answers each message with one call of the export.
const ANSWER_CALLS_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { module, exportName } = workerData
const loaded = module.endsWith('.ts') ? import('tsx/esm/api').then(({ tsImport }) => tsImport(module, module)) : import(module)
parentPort.on('message', (input) => {
  loaded
    .then((exports) => exports[exportName](input))
    .then((answer) => parentPort.postMessage({ answer }), (error) => parentPort.postMessage({ error: String((error && error.stack) || error) }))
})
`

/** A worker thread that answers each question by calling `exportName` of the module at `module` (a file URL) with it. */
export function startModuleWorker<Question, Answer>(module: URL, exportName: string): AskedWorker<Question, Answer> {
  return startWorker<Question, Answer>(ANSWER_CALLS_SOURCE, { module: module.href, exportName })
}

/**
 * Calls `exportName` of the module at `module` (a file URL) with `input` on another thread,
 * and resolves with what it returns (or resolves to).
 */
export async function runModuleInWorker<Result>(module: URL, exportName: string, input: unknown): Promise<Result> {
  const worker = startModuleWorker<unknown, Result>(module, exportName)
  try {
    return await worker.ask(input)
  } finally {
    await worker.stop()
  }
}

/**
 * Asks `batches` questions (`question(0)` … `question(batches - 1)`, each made when it is sent)
 * of `workers` workers from `start`, each taking the next when it has answered, and returns
 * the answers in the questions' order. The build's parallel steps hand out work this way, so
 * a worker holds one batch at a time, never its whole share.
 */
export async function askInBatches<Question, Answer>(batches: number, workers: number, start: () => AskedWorker<Question, Answer>, question: (batch: number) => Question): Promise<Answer[]> {
  const answers = new Array<Answer>(batches)
  let next = 0
  const work = async () => {
    const worker = start()
    try {
      for (let batch = next++; batch < batches; batch = next++) answers[batch] = await worker.ask(question(batch))
    } catch (error) {
      next = batches // the others take no more: the step has failed
      throw error
    } finally {
      await worker.stop()
    }
  }
  await Promise.all(Array.from({ length: Math.min(workers, batches) }, work))
  return answers
}
