import { describe, expect, it } from 'vitest'
import { askInBatches, startWorker } from './run-worker.ts'

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

describe('askInBatches', () => {
  it('hands the batches out to the workers in turn and answers in the batches\' order', async () => {
    let started = 0
    const start = () => {
      started++
      return startWorker<number, number>(DOUBLER, { factor: 10 })
    }
    expect(await askInBatches(7, 2, start, (batch) => batch + 1)).toEqual([10, 20, 30, 40, 50, 60, 70])
    expect(started).toBe(2)
  })

  it('starts no more workers than there are batches, and none for no batches', async () => {
    let started = 0
    const start = () => {
      started++
      return startWorker<number, number>(DOUBLER, { factor: 1 })
    }
    expect(await askInBatches(1, 4, start, () => 5)).toEqual([5])
    expect(await askInBatches(0, 4, start, () => 5)).toEqual([])
    expect(started).toBe(1)
  })

  it('fails with the first batch that fails', async () => {
    const start = () => startWorker<number, number>(DOUBLER, { factor: 1 })
    await expect(askInBatches(4, 2, start, (batch) => (batch === 2 ? -1 : batch))).rejects.toThrow('no negative numbers')
  })
})
