import { describe, expect, it } from 'vitest'
import { pagesByTheirAddress } from './service-worker-plugin'

describe('pagesByTheirAddress', () => {
  it('precaches each page under the address it is asked for, and files under their own', async () => {
    const entries = [
      { url: 'index.html', revision: 'a', size: 1 },
      { url: 'highlights/index.html', revision: 'b', size: 1 },
      { url: 'assets/start-abc.js', revision: null, size: 1 },
      { url: 'manifest.webmanifest', revision: 'c', size: 1 },
    ]
    const { manifest } = await pagesByTheirAddress(entries)
    expect(manifest.map((entry) => [entry.url, entry.revision])).toEqual([
      ['/', 'a'],
      ['/highlights', 'b'],
      ['/assets/start-abc.js', null],
      ['/manifest.webmanifest', 'c'],
    ])
  })
})
