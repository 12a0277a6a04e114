import { describe, expect, it } from 'vitest'
import { documentHash, pageKey, templateKey } from './page-keys'

const page = { path: '/articles/a', data: {} }

describe('pageKey', () => {
  it('names a page by the server code, its path and its data', () => {
    expect(pageKey('code', page)).toBe(pageKey('code', { ...page }))
    expect(pageKey('other code', page)).not.toBe(pageKey('code', page))
    expect(pageKey('code', { ...page, path: '/articles/b' })).not.toBe(pageKey('code', page))
    expect(pageKey('code', { ...page, data: JSON.parse('{"other":1}') as typeof page.data })).not.toBe(pageKey('code', page))
  })

  it('takes a data version, where the page has one, in place of its data', () => {
    const versioned = { ...page, dataVersion: 'article /data/articles/a.0123456789ab.json 0123' }
    expect(pageKey('code', { ...versioned, data: {} })).toBe(pageKey('code', versioned))
    expect(pageKey('code', { ...versioned, dataVersion: 'article /data/articles/a.ba9876543210.json 3210' })).not.toBe(pageKey('code', versioned))
  })
})

describe('documentHash', () => {
  it('changes with the template, the rendering and the head', () => {
    const template = templateKey('<html>', { contentPolicy: "script-src 'self'" })
    const hash = documentHash(template, 'key', '<title>A</title>')
    expect(documentHash(templateKey('<html lang="en">', { contentPolicy: "script-src 'self'" }), 'key', '<title>A</title>')).not.toBe(hash)
    expect(documentHash(templateKey('<html>', { contentPolicy: "script-src 'none'" }), 'key', '<title>A</title>')).not.toBe(hash)
    expect(documentHash(template, 'other key', '<title>A</title>')).not.toBe(hash)
    expect(documentHash(template, 'key', '<title>B</title>')).not.toBe(hash)
  })
})
