import { pageStateElement, type PageState } from '../lib/page-state/page-state.ts'

/**
 * Writes a prerendered page into the built index.html. The template is cut once at its
 * landmarks and each page is put together by concatenation: no page text ever reaches a
 * pattern (`String.replace` would read `$&`, `$'` or `$$` in an article as instructions).
 */
export type PageTemplate = {
  /** Up to the end of `<head>`, without the template's own title and description. */
  headStart: string
  /** From `</head>` to the root element's opening tag, inclusive. */
  bodyStart: string
  /** From the root element's closing tag to the end. */
  end: string
}

export type PageParts = {
  /** Elements for `<head>`: title, description, canonical, link-preview tags. */
  head: string
  /** The app's markup, for the root element. */
  body: string
  state: PageState
}

const ROOT = '<div id="root"></div>'
const ROOT_OPEN = '<div id="root">'

export type TemplateOptions = {
  /**
   * The site's stylesheets by the address index.html links them with, and their text: put in
   * the page, so the first paint waits for no second request (measured: `npm run bench:paint`).
   */
  inlineStyles?: ReadonlyMap<string, string>
  /** The Content-Security-Policy every page carries, first thing after its charset. */
  contentPolicy?: string
}

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i
const STYLESHEET = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g

export function parseTemplate(html: string, { inlineStyles = new Map(), contentPolicy }: TemplateOptions = {}): PageTemplate {
  const headEnd = html.indexOf('</head>')
  const root = html.indexOf(ROOT)
  if (headEnd < 0 || root < headEnd) throw new Error(`index.html needs a </head> followed by ${ROOT}`)
  let headStart = withoutElement(withoutElement(html.slice(0, headEnd), '<title>', '</title>'), '<meta name="description"', '>')
  headStart = withStylesInline(headStart, inlineStyles)
  if (contentPolicy !== undefined) headStart = withPolicy(headStart, contentPolicy)
  return {
    headStart,
    bodyStart: html.slice(headEnd, root + ROOT_OPEN.length),
    end: html.slice(root + ROOT_OPEN.length),
  }
}

/** The address of each stylesheet the template links, in order. */
export function linkedStylesheets(template: string): string[] {
  return [...template.matchAll(STYLESHEET)].map((link) => link[1] ?? '')
}

/** Each linked stylesheet that has its text given becomes a style element with that text. */
function withStylesInline(head: string, styles: ReadonlyMap<string, string>): string {
  let result = ''
  let from = 0
  for (const link of head.matchAll(STYLESHEET)) {
    const css = styles.get(link[1] ?? '')
    if (css === undefined) continue
    if (/<\/style/i.test(css)) throw new Error(`the stylesheet ${link[1] ?? ''} contains "</style", which would end its element`)
    result += `${head.slice(from, link.index)}<style>${css}</style>`
    from = link.index + link[0].length
  }
  return result + head.slice(from)
}

function withPolicy(head: string, policy: string): string {
  const charset = CHARSET.exec(head)
  if (!charset) throw new Error('index.html needs a <meta charset> in its head')
  const at = charset.index + charset[0].length
  return `${head.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />${head.slice(at)}`
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
}

export function pageDocument(template: PageTemplate, { head, body, state }: PageParts): string {
  return `${template.headStart}  ${head}\n  ${template.bodyStart}${body}</div>\n    ${pageStateElement(state)}${template.end.slice('</div>'.length)}`
}

/** The text without the first element that starts with `open` and ends at the next `close`. */
function withoutElement(text: string, open: string, close: string): string {
  const start = text.indexOf(open)
  if (start < 0) return text
  const end = text.indexOf(close, start + open.length)
  if (end < 0) return text
  const after = text.slice(end + close.length)
  return text.slice(0, start).replace(/[ \t]*$/, '') + after.replace(/^\s*\n/, '\n')
}
