import { describe, expect, it } from 'vitest'
import { database, StorageError, toStorageError } from './database'

describe('what the reader is told when storage refuses', () => {
  it('tells a database upgraded by another tab apart from private browsing', () => {
    const upgraded = toStorageError(new DOMException('The requested version (2) is less than the existing version (3).', 'VersionError'))
    expect(upgraded.problem).toBe('upgraded')
    expect(upgraded.message).toBe('Broadsheet was updated in another tab — reload this one.')
  })

  it('says a full storage is full, and keeps the cause', () => {
    const cause = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    const full = toStorageError(cause)
    expect(full.problem).toBe('full')
    expect(full.cause).toBe(cause)
  })

  it('passes a StorageError through as it is', () => {
    const blocked = new StorageError('blocked')
    expect(toStorageError(blocked)).toBe(blocked)
    expect(blocked.message).toBe('Broadsheet is open in another tab with an older version — close it, then Retry.')
  })

  it('answers at once, saying storage is unavailable, where there is no IndexedDB', async () => {
    expect(typeof indexedDB).toBe('undefined')
    await expect(database()).rejects.toMatchObject({ problem: 'unavailable', message: expect.stringMatching(/^Storage is unavailable/) as unknown })
  })
})
