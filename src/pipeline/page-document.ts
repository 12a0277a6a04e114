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

export function parseTemplate(html: string): PageTemplate {
  const headEnd = html.indexOf('</head>')
  const root = html.indexOf(ROOT)
  if (headEnd < 0 || root < headEnd) throw new Error(`index.html needs a </head> followed by ${ROOT}`)
  return {
    headStart: withoutElement(withoutElement(html.slice(0, headEnd), '<title>', '</title>'), '<meta name="description"', '>'),
    bodyStart: html.slice(headEnd, root + ROOT_OPEN.length),
    end: html.slice(root + ROOT_OPEN.length),
  }
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
