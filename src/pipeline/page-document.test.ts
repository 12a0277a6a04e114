import { describe, expect, it } from 'vitest'
import { parsePageState } from '../lib/page-state/page-state'
import { pageDocument, parseTemplate } from './page-document'

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Broadsheet: read, highlight and share the news." />
    <title>Broadsheet</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`

// Replacement patterns, markup that ends a script element or opens a comment, line separators.
const AWKWARD = ['priced US$$2 billion', "“the $'s worth”", 'the $& sign', 'a $` tick', '</script><script>alert(1)</script>', '<!-- hidden?', 'line\u2028separator']

describe('pageDocument', () => {
  const template = parseTemplate(TEMPLATE)

  it('drops the template’s own title and description for the page’s', () => {
    const html = pageDocument(template, { head: '<title>Page</title>', body: '', state: { path: '/', router: { loaderData: {}, actionData: null, errors: null } } })
    expect(html).not.toContain('<title>Broadsheet</title>')
    expect(html).not.toContain('name="description"')
    expect(html).toContain('<title>Page</title>')
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>')
  })

  it.each(AWKWARD)('keeps %j exactly as written, in the markup and in the state', (text) => {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const head = `<title>${escaped}</title><meta property="og:title" content="${escaped}">`
    const body = `<h1>${escaped}</h1><figcaption>${escaped}</figcaption><p>${escaped}</p>`
    const state = { path: '/articles/a-1', router: { loaderData: { article: { article: { headline: text, caption: text, paragraphs: [text] } } }, actionData: null, errors: null } }
    const html = pageDocument(template, { head, body, state })

    expect(html).toContain(head)
    expect(html).toContain(`<div id="root">${body}</div>`)
    const json = /<script type="application\/json" id="page-state">([^<]*)<\/script>/.exec(html)?.[1]
    expect(json && parsePageState(json)).toEqual(state)
    // Nothing but the module entry is executable, and the document still ends where it should.
    expect(html.match(/<script(?![^>]*type="application\/(?:json|ld\+json)")[^>]*>/g)).toEqual(['<script type="module" crossorigin src="/assets/index-abc.js">'])
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('refuses a template without the landmarks it fills in', () => {
    expect(() => parseTemplate('<html><body></body></html>')).toThrow('index.html needs')
  })
})
