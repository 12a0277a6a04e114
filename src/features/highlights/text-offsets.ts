import { pointInParagraph } from '../../lib/article-paragraphs'

/**
 * Maps between DOM positions in the rendered article and offsets into its canonical text.
 * Each paragraph element carries `data-offset`, where it starts in that text; everything
 * inside it is the paragraph's text (marks included), so counting characters is enough.
 */
const PARAGRAPH_SELECTOR = '[data-offset]'

function paragraphsOf(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(PARAGRAPH_SELECTOR)]
}

function startOf(paragraph: HTMLElement): number {
  return Number(paragraph.dataset.offset)
}

/** The canonical-text offset of a DOM point; points outside paragraphs snap to the nearest edge. */
function offsetOfPoint(container: HTMLElement, node: Node, offset: number): number {
  const paragraphs = paragraphsOf(container)
  const probe = document.createRange()
  for (const paragraph of paragraphs) {
    probe.selectNodeContents(paragraph)
    const position = probe.comparePoint(node, offset)
    if (position < 0) return startOf(paragraph)
    if (position === 0) {
      probe.setEnd(node, offset)
      return startOf(paragraph) + probe.toString().length
    }
  }
  const last = paragraphs.at(-1)
  return last ? startOf(last) + last.textContent.length : 0
}

/** The part of a DOM range that lies in the article text, as canonical offsets, or null. */
export function offsetsFromRange(container: HTMLElement, range: Range): { start: number; end: number } | null {
  if (!range.intersectsNode(container)) return null
  const start = offsetOfPoint(container, range.startContainer, range.startOffset)
  const end = offsetOfPoint(container, range.endContainer, range.endOffset)
  return end > start ? { start, end } : null
}

/** A DOM range covering canonical offsets [start, end), for selecting or scrolling to a passage. */
export function rangeFromOffsets(container: HTMLElement, start: number, end: number): Range | null {
  const from = pointAtOffset(container, start, 'start')
  const to = pointAtOffset(container, end, 'end')
  if (!from || !to) return null
  const range = document.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  return range
}

function pointAtOffset(container: HTMLElement, target: number, edge: 'start' | 'end'): { node: Node; offset: number } | null {
  const paragraphs = paragraphsOf(container)
  // An offset in the blank line between paragraphs belongs to the next one's start, or the previous one's end.
  const paragraph =
    edge === 'start'
      ? paragraphs.find((candidate) => startOf(candidate) + candidate.textContent.length > target)
      : paragraphs.findLast((candidate) => startOf(candidate) < target)
  return paragraph ? pointInParagraph(paragraph, target - startOf(paragraph), edge) : null
}

/** Drops white space at either end of a selection, as people rarely mean to mark it. */
export function trimToText(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start
  let to = end
  while (from < to && /\s/.test(text.charAt(from))) from += 1
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1
  return to > from ? { start: from, end: to } : null
}
