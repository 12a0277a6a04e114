import { generateTextDirective } from './generate-text-directive'
import { formatTextDirective } from './text-fragment'

/**
 * A link to a passage of a page: the page's URL with a text fragment directive
 * (`#:~:text=…`), the syntax Chrome's "Copy link to highlight" writes, made unique in the article.
 */
export function passageLink(pageUrl: string, paragraphs: readonly string[], start: number, end: number): string {
  const withoutFragment = pageUrl.split('#')[0] ?? pageUrl
  return `${withoutFragment}#:~:${formatTextDirective(generateTextDirective(paragraphs, start, end))}`
}
