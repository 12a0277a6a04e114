import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from './temp-folder'
import { feedCache, feedKey, type CachedFeedTexts } from './feed-cache'

const FEEDS = { atom: '<feed/>', json: '{}' }
const textsOf = ({ atom, json }: CachedFeedTexts) => ({ atom: atom(), json: json() })

describe('the entity feed cache', () => {
  it('writes a feed once per key, and keeps only the keys the last build asked for', () => {
    const dir = tempFolder('broadsheet-feeds-')
    let writes = 0
    const write = () => {
      writes++
      return FEEDS
    }
    const first = feedCache(dir)
    expect(textsOf(first.feeds(feedKey(['a']), write))).toEqual(FEEDS)
    first.feeds(feedKey(['b']), write)
    first.prune()
    const second = feedCache(dir)
    expect(textsOf(second.feeds(feedKey(['a']), write))).toEqual(FEEDS)
    second.prune()
    expect(writes).toBe(2)
    expect(readdirSync(dir)).toEqual([`${feedKey(['a'])}.json`])
  })

  it('writes again over a damaged entry', () => {
    const dir = tempFolder('broadsheet-feeds-')
    writeFileSync(path.join(dir, `${feedKey(['a'])}.json`), '{"atom":')
    expect(textsOf(feedCache(dir).feeds(feedKey(['a']), () => FEEDS))).toEqual(FEEDS)
    expect(textsOf(feedCache(dir).feeds(feedKey(['a']), () => ({ atom: 'not asked', json: '' })))).toEqual(FEEDS)
  })

  it('reads an entry when its texts are asked for, and writes it again should it be gone by then', () => {
    const dir = tempFolder('broadsheet-feeds-')
    feedCache(dir).feeds(feedKey(['a']), () => FEEDS)
    let writes = 0
    const texts = feedCache(dir).feeds(feedKey(['a']), () => {
      writes++
      return FEEDS
    })
    expect(writes).toBe(0)
    rmSync(path.join(dir, `${feedKey(['a'])}.json`))
    expect(textsOf(texts)).toEqual(FEEDS)
    expect(writes).toBe(1)
  })

  it('keys differ with any part, and with the parts\' boundaries', () => {
    expect(feedKey(['ab', 'c'])).not.toBe(feedKey(['a', 'bc']))
    expect(feedKey(['a'])).toBe(feedKey(['a']))
  })
})
