/**
 * Between the screen and a place in the article text: which paragraph, and how far into it,
 * lies on the reading line (a fifth of the way down the window, where the eye rests after a
 * scroll), and how to bring a place back to that line.
 */
import { rangeInParagraph } from '../../lib/article-paragraphs'

export type Place = { paragraph: number; offset: number }

const READING_LINE = 0.2

function readingLine(): number {
  return Math.round(window.innerHeight * READING_LINE)
}

/** The place on the reading line, or null while the line is above the text. */
export function placeOnReadingLine(paragraphs: readonly HTMLElement[]): Place | null {
  const line = readingLine()
  const index = paragraphs.findIndex((paragraph) => paragraph.getBoundingClientRect().bottom > line)
  const paragraph = paragraphs[index]
  if (!paragraph) {
    const last = paragraphs.at(-1)
    return last ? { paragraph: paragraphs.length - 1, offset: last.textContent.length } : null
  }
  const box = paragraph.getBoundingClientRect()
  if (box.top > line) return index === 0 ? null : { paragraph: index, offset: 0 }
  // A couple of pixels into the line, at its left edge: the first word the reader sees there.
  return { paragraph: index, offset: offsetAtPoint(paragraph, box.left + 2, line + 2) }
}

/**
 * Whether the reader has read to the end: the text's last line has risen past the middle of
 * the window (seeing it at the foot of the window is not reading it), or the page can
 * scroll no further.
 */
export function reachedEnd(paragraphs: readonly HTMLElement[]): boolean {
  const last = paragraphs.at(-1)
  if (!last) return false
  const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2
  return last.getBoundingClientRect().bottom <= window.innerHeight * 0.6 || atBottom
}

/** Whether the line holding `place` is on screen. */
export function placeInView(paragraphs: readonly HTMLElement[], place: Place): boolean {
  const paragraph = paragraphs[place.paragraph]
  const top = paragraph && (lineTop(paragraph, place.offset) ?? paragraph.getBoundingClientRect().top)
  return top !== undefined && top >= 0 && top < window.innerHeight
}

/** Scrolls so that the line holding `place` sits on the reading line. */
export function scrollToPlace(paragraphs: readonly HTMLElement[], place: Place) {
  const paragraph = paragraphs[place.paragraph]
  if (!paragraph) return
  const top = lineTop(paragraph, place.offset) ?? paragraph.getBoundingClientRect().top
  window.scrollTo({ top: window.scrollY + top - readingLine(), behavior: 'instant' })
}

function offsetAtPoint(paragraph: HTMLElement, x: number, y: number): number {
  const caret = caretAt(x, y)
  if (!caret || !paragraph.contains(caret.node)) return 0
  const before = document.createRange()
  before.setStart(paragraph, 0)
  before.setEnd(caret.node, caret.offset)
  return before.toString().length
}

/** Where a caret would go at (x, y); browsers without the standard call get the paragraph's start. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (!('caretPositionFromPoint' in document)) return null
  const position = document.caretPositionFromPoint(x, y)
  return position && { node: position.offsetNode, offset: position.offset }
}

/** The top of the line where the character at `offset` is drawn. */
function lineTop(paragraph: HTMLElement, offset: number): number | undefined {
  return rangeInParagraph(paragraph, offset, offset + 1).getClientRects()[0]?.top
}
