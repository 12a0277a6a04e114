// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { pageStateElement, parsePageState, readPageState, scriptSafeJson, type PageState } from './page-state'

// Text that breaks pages put together carelessly: replacement patterns, markup that ends a
// script element or starts a comment, and the separators old JavaScript parsers choke on.
const AWKWARD = ['priced US$$2 billion', "“the $'s worth”", 'the $& sign', 'a $` tick', '</script><script>alert(1)</script>', '<!-- not a comment', 'line\u2028separator\u2029end']

describe('scriptSafeJson', () => {
  it.each(AWKWARD)('keeps %j inside the script element and reads it back unchanged', (text) => {
    const json = scriptSafeJson({ text })
    expect(json).not.toMatch(/<\/script/i)
    expect(json).not.toContain('<!--')
    expect(json).not.toMatch(/[\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual({ text })
  })
})

describe('page state', () => {
  const state: PageState = { path: '/articles/a-1195f8b0', router: { loaderData: { article: { headline: AWKWARD.join(' ') } }, actionData: null, errors: null } }

  it('is a JSON data element, never an executable script', () => {
    expect(pageStateElement(state)).toMatch(/^<script type="application\/json" id="page-state">[^<]*<\/script>$/)
  })

  it('reads back what was written, from the page as a browser parses it', () => {
    const page = new DOMParser().parseFromString(`<!doctype html><body><div id="root"></div>${pageStateElement(state)}</body>`, 'text/html')
    expect(readPageState(page)).toEqual(state)
  })

  it('is undefined for a page without state or with something else in its place', () => {
    expect(readPageState(new DOMParser().parseFromString('<p>No state</p>', 'text/html'))).toBeUndefined()
    expect(parsePageState('{"path":3}')).toBeUndefined()
    expect(parsePageState('[]')).toBeUndefined()
  })
})
