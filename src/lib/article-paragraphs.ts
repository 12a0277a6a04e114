/**
 * The article text as the page draws it: its paragraph elements, lede first, and ranges of
 * the DOM by character offsets into one paragraph (whose text content is exactly the
 * paragraph's text: highlights only wrap it in marks).
 */
export function articleParagraphs(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('main .article-text > p')]
}

/** The DOM range of characters [start, end) of `paragraph` (clamped to its end). */
export function rangeInParagraph(paragraph: HTMLElement, start: number, end: number): Range {
  const from = pointInParagraph(paragraph, start, 'start')
  const to = pointInParagraph(paragraph, end, 'end')
  const range = document.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  return range
}

/**
 * The DOM point `offset` characters into `paragraph` (clamped to its end). Where a mark
 * starts or ends a text node, a range's start goes in the next node and its end in the one before.
 */
export function pointInParagraph(paragraph: HTMLElement, offset: number, edge: 'start' | 'end'): { node: Node; offset: number } {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  let remaining = Math.max(0, offset)
  let last: Text | null = null
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining < node.data.length || (remaining === node.data.length && edge === 'end')) return { node, offset: remaining }
    remaining -= node.data.length
    last = node
  }
  return last ? { node: last, offset: last.data.length } : { node: paragraph, offset: 0 }
}
