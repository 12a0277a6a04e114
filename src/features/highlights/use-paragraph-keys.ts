import { useRef, useState, type KeyboardEvent } from 'react'
import { sentences, type TextRange } from '../../lib/articles/sentences'
import { extendByWord, nextSentence, nextWord, previousSentence, previousWord, shrinkByWord, words } from './keyboard-selection'
import { SELECTION_TOOLBAR_ID } from './selection-toolbar'

type Options = {
  text: string
  paragraphStarts: readonly number[]
  selection: TextRange | null
  select: (start: number, end: number) => void
  clear: () => void
}

/**
 * Web pages offer no caret, so paragraphs take focus (one tab stop, arrows move between
 * them) and keys select sentences and words through the real DOM selection.
 */
export function useParagraphKeys({ text, paragraphStarts, selection, select, clear }: Options) {
  const [current, setCurrent] = useState(0)
  // Segmenting a long article costs milliseconds: done on the first key press, not on render.
  const segments = useRef<{ text: string; sentences: TextRange[]; words: TextRange[] }>(undefined)
  const segmented = () => {
    if (segments.current?.text !== text) segments.current = { text, sentences: sentences(text), words: words(text) }
    return segments.current
  }

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return
    const from = paragraphStarts[index] ?? 0
    const apply = (range: TextRange | null) => {
      if (range) select(range.start, range.end)
    }
    const focusParagraph = (next: number) => {
      const paragraph = event.currentTarget.parentElement?.children[next]
      if (paragraph instanceof HTMLElement) {
        setCurrent(next)
        paragraph.focus()
      }
    }
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          focusParagraph(Math.min(index + 1, paragraphStarts.length - 1))
          return true
        case 'ArrowUp':
          focusParagraph(Math.max(index - 1, 0))
          return true
        case 's':
          apply(nextSentence(segmented().sentences, selection, from))
          return true
        case 'S':
          apply(previousSentence(segmented().sentences, selection, from))
          return true
        case 'ArrowRight':
          apply(event.shiftKey ? extendByWord(segmented().words, selection, from) : nextWord(segmented().words, selection, from))
          return true
        case 'ArrowLeft':
          apply(event.shiftKey ? shrinkByWord(segmented().words, selection) : previousWord(segmented().words, selection, from))
          return true
        case 'Escape':
          clear()
          return selection !== null
        case 'Tab': {
          const firstButton = document.getElementById(SELECTION_TOOLBAR_ID)?.querySelector('button')
          if (event.shiftKey || !selection || !firstButton) return false
          firstButton.focus()
          return true
        }
        default:
          return false
      }
    })()
    if (handled) event.preventDefault()
  }

  return {
    paragraphProps: (index: number) => ({
      tabIndex: index === current ? 0 : -1,
      onParagraphKeyDown: onKeyDown(index),
      onParagraphFocus: () => {
        setCurrent(index)
      },
    }),
  }
}
