import { describe, expect, it } from 'vitest'
import { startWorker } from './run-worker.ts'

const DOUBLER = `
const { parentPort, workerData } = require('node:worker_threads')
parentPort.on('message', (n) => {
  if (n < 0) parentPort.postMessage({ error: 'no negative numbers' })
  else parentPort.postMessage({ answer: n * workerData.factor })
})
`

describe('startWorker', () => {
  it('answers one question after another, then stops', async () => {
    const worker = startWorker<number, number>(DOUBLER, { factor: 2 })
    expect(await worker.ask(3)).toBe(6)
    expect(await worker.ask(21)).toBe(42)
    await worker.stop()
  })

  it('rejects with the error the worker reports', async () => {
    const worker = startWorker<number, number>(DOUBLER, { factor: 2 })
    await expect(worker.ask(-1)).rejects.toThrow('no negative numbers')
    await worker.stop()
  })

  it('rejects when the worker dies', async () => {
    const worker = startWorker<number, number>(`throw new Error('broken build')`, {})
    await expect(worker.ask(1)).rejects.toThrow('broken build')
    await worker.stop()
  })
})
