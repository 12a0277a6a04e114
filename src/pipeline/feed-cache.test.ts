import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from './temp-folder'
import { feedCache, feedKey } from './feed-cache'

const FEEDS = { atom: '<feed/>', json: '{}' }

describe('the entity feed cache', () => {
  it('writes a feed once per key, and keeps only the keys the last build asked for', () => {
    const dir = tempFolder('broadsheet-feeds-')
    let writes = 0
    const write = () => {
      writes++
      return FEEDS
    }
    const first = feedCache(dir)
    expect(first.feeds(feedKey(['a']), write)).toEqual(FEEDS)
    first.feeds(feedKey(['b']), write)
    first.prune()
    const second = feedCache(dir)
    expect(second.feeds(feedKey(['a']), write)).toEqual(FEEDS)
    second.prune()
    expect(writes).toBe(2)
    expect(readdirSync(dir)).toEqual([`${feedKey(['a'])}.json`])
  })

  it('writes again over a damaged entry', () => {
    const dir = tempFolder('broadsheet-feeds-')
    writeFileSync(path.join(dir, `${feedKey(['a'])}.json`), '{"atom":')
    expect(feedCache(dir).feeds(feedKey(['a']), () => FEEDS)).toEqual(FEEDS)
    expect(feedCache(dir).feeds(feedKey(['a']), () => ({ atom: 'not asked', json: '' }))).toEqual(FEEDS)
  })

  it('keys differ with any part, and with the parts\' boundaries', () => {
    expect(feedKey(['ab', 'c'])).not.toBe(feedKey(['a', 'bc']))
    expect(feedKey(['a'])).toBe(feedKey(['a']))
  })
})
