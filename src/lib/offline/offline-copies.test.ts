// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { keepForOffline, keptArticleSlugs, moveKeptArticles, OFFLINE_ARTICLES_CACHE } from './offline-copies'

/** Cache Storage as the browser keeps it, by URL path; `add` fetches through the stubbed fetch. */
function fakeCaches() {
  const stores = new Map<string, Map<string, string>>()
  const pathOf = (request: RequestInfo) => new URL(typeof request === 'string' ? request : request.url, 'https://broadsheet.test').pathname
  return {
    stores,
    open: (name: string) => {
      const store = stores.get(name) ?? new Map<string, string>()
      stores.set(name, store)
      return Promise.resolve({
        match: (request: RequestInfo) => Promise.resolve(store.has(pathOf(request)) ? new Response(store.get(pathOf(request))) : undefined),
        add: async (request: RequestInfo) => {
          const response = await fetch(request)
          store.set(pathOf(request), await response.text())
        },
        delete: (request: RequestInfo) => Promise.resolve(store.delete(pathOf(request))),
        keys: () => Promise.resolve([...store.keys()].map((path) => new Request(`https://broadsheet.test${path}`))),
      })
    },
  }
}

let storage: ReturnType<typeof fakeCaches>
const kept = () => [...(storage.stores.get(OFFLINE_ARTICLES_CACHE)?.keys() ?? [])].sort()

beforeEach(() => {
  storage = fakeCaches()
  vi.stubGlobal('caches', storage)
  vi.stubGlobal('fetch', (request: RequestInfo) => Promise.resolve(new Response(`fetched ${typeof request === 'string' ? request : request.url}`)))
})

afterEach(() => {
  vi.unstubAllGlobals()
})

const OLD = { slug: 'old-words-1195f8b0', dataUrl: '/data/articles/1195f8b02fb32f15.aaaa.json' }

describe('offline copies', () => {
  it('keeps an article as its page and its data file, and lists it by slug', async () => {
    expect(await keepForOffline(OLD)).toBe(true)
    expect(kept()).toEqual(['/articles/old-words-1195f8b0', '/data/articles/1195f8b02fb32f15.aaaa.json'])
    expect(await keptArticleSlugs()).toEqual(['old-words-1195f8b0'])
  })

  it('moves a kept article to a new edition: new slug and data address, old copies dropped, others untouched', async () => {
    await keepForOffline(OLD)
    await keepForOffline({ slug: 'another-76b768b3', dataUrl: '/data/articles/76b768b3e13ade36.cccc.json' })
    await moveKeptArticles([{ keptSlug: OLD.slug, current: { id: '1195f8b02fb32f15', slug: 'new-words-1195f8b0', dataUrl: '/data/articles/1195f8b02fb32f15.bbbb.json' } }])
    expect(kept()).toEqual([
      '/articles/another-76b768b3',
      '/articles/new-words-1195f8b0',
      '/data/articles/1195f8b02fb32f15.bbbb.json',
      '/data/articles/76b768b3e13ade36.cccc.json',
    ])
  })

  it('says so, without throwing, where there is no Cache Storage', async () => {
    vi.stubGlobal('caches', undefined)
    expect(await keepForOffline(OLD)).toBe(false)
    expect(await keptArticleSlugs()).toEqual([])
  })
})
