import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { offsetsFromRange, rangeFromOffsets, trimToText } from './text-offsets'

export type ArticleSelection = {
  start: number
  end: number
  /** Where the selection is on screen (document coordinates), to place the toolbar. */
  rect: { top: number; bottom: number; left: number; width: number }
  /** Made with the keyboard: the toolbar may then take focus without losing anything. */
  byKeyboard: boolean
}

/**
 * The reader's current text selection inside the article, as canonical-text offsets. It is
 * taken when a pointer is released or the selection changes otherwise (keyboard, touch
 * handles), never mid-drag, so the toolbar does not chase the pointer.
 */
export function useArticleSelection(container: RefObject<HTMLElement | null>, text: string) {
  const [selection, setSelection] = useState<ArticleSelection | null>(null)
  // The range the keyboard commands last selected: the selectionchange it causes is theirs too.
  const keyboardRange = useRef<{ start: number; end: number } | null>(null)

  /** The selection as the DOM has it right now, or null when none lies in the article. */
  const measure = useCallback(
    (byKeyboard: boolean): ArticleSelection | null => {
      const element = container.current
      const domSelection = window.getSelection()
      if (!element || !domSelection || domSelection.isCollapsed || domSelection.rangeCount === 0) return null
      const range = domSelection.getRangeAt(0)
      const offsets = offsetsFromRange(element, range)
      const trimmed = offsets && trimToText(text, offsets.start, offsets.end)
      if (!trimmed) return null
      const box = range.getBoundingClientRect()
      const fromKeys = keyboardRange.current
      return {
        ...trimmed,
        byKeyboard: byKeyboard || (fromKeys?.start === trimmed.start && fromKeys.end === trimmed.end),
        rect: { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, left: box.left + window.scrollX, width: box.width },
      }
    },
    [container, text],
  )

  const read = useCallback(
    (byKeyboard: boolean) => {
      setSelection(measure(byKeyboard))
    },
    [measure],
  )

  useEffect(() => {
    let pointerDown = false
    let frame = 0
    // Only a mouse drag is waited out: a touch selection is adjusted with handles, and a
    // long press may end in pointercancel rather than pointerup.
    const onPointerDown = (event: PointerEvent) => {
      pointerDown = event.pointerType === 'mouse'
    }
    const onPointerUp = () => {
      pointerDown = false
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        read(false)
      })
    }
    const onSelectionChange = () => {
      if (pointerDown) return
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        read(false)
      })
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('pointerup', onPointerUp)
    document.addEventListener('selectionchange', onSelectionChange)
    // A passage selected before the app started (on the prerendered page) gets its toolbar
    // now: no event about it will come.
    frame = requestAnimationFrame(() => {
      read(false)
    })
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('pointerup', onPointerUp)
      document.removeEventListener('selectionchange', onSelectionChange)
    }
  }, [read])

  /** Selects [start, end) in the page, as the keyboard commands do. */
  const select = useCallback(
    (start: number, end: number) => {
      const element = container.current
      const range = element && rangeFromOffsets(element, start, end)
      const domSelection = window.getSelection()
      if (!range || !domSelection) return
      keyboardRange.current = { start, end }
      domSelection.removeAllRanges()
      domSelection.addRange(range)
      read(true)
    },
    [container, read],
  )

  const clear = useCallback(() => {
    keyboardRange.current = null
    window.getSelection()?.removeAllRanges()
    setSelection(null)
  }, [])

  // Actions read the DOM at the moment they run, so a key pressed right after a drag
  // still acts on the selection even before the toolbar has caught up.
  const current = useCallback(() => measure(false) ?? selection, [measure, selection])

  return { selection, current, select, clear }
}
