import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { HIGHLIGHT_COLORS, type HighlightColor } from './highlight'
import { MARK_COLORS } from './highlighted-paragraph'
import type { ArticleSelection } from './use-article-selection'

export const SELECTION_TOOLBAR_ID = 'selection-toolbar'

type Props = {
  selection: ArticleSelection
  onHighlight: (color?: HighlightColor) => void
  onAddNote: () => void
  onCopyLink: () => void
  onShareImage: () => void
  onDismiss: () => void
}

/**
 * The actions for a fresh selection, floating just above it. A keyboard selection hands it
 * focus (Tab also reaches it); Escape dismisses it wherever focus is.
 */
export function SelectionToolbar({ selection, onHighlight, onAddNote, onCopyLink, onShareImage, onDismiss }: Props) {
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') onDismiss()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [onDismiss])

  const [toolbarRef, size] = useToolbarSize()
  const center = selection.rect.left + selection.rect.width / 2
  // Above the selection, centred on it, but never past either edge of a narrow screen, where
  // the toolbar wraps onto two rows instead.
  const pageWidth = document.documentElement.clientWidth + window.scrollX
  const style = {
    top: Math.max(8, selection.rect.top - (size ? size.height + 8 : 56)),
    left: size ? Math.max(8 + size.width / 2, Math.min(center, pageWidth - 8 - size.width / 2)) : Math.max(8, center),
  }
  return (
    <div
      ref={toolbarRef}
      id={SELECTION_TOOLBAR_ID}
      role="toolbar"
      aria-label="Selected text"
      style={style}
      className="absolute z-40 flex w-max max-w-[calc(100vw-1rem)] -translate-x-1/2 flex-wrap items-center justify-center gap-1 rounded-lg border border-rule bg-panel p-1 font-sans text-sm shadow-lg print:hidden"
      // Keep the page's selection while pressing a button with the mouse.
      onPointerDown={(event) => {
        event.preventDefault()
      }}
    >
      <ToolbarButton onClick={() => onHighlight()}>Highlight</ToolbarButton>
      <span className="flex items-center gap-1 px-1" role="group" aria-label="Highlight in colour">
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            aria-label={capitalise(color)}
            title={`Highlight in ${color}`}
            onClick={() => {
              onHighlight(color)
            }}
            className={`size-6 rounded-full border border-ink/30 ${MARK_COLORS[color]} hover:scale-110 focus-visible:scale-110`}
          />
        ))}
      </span>
      <ToolbarButton onClick={onAddNote}>Add note</ToolbarButton>
      <ToolbarButton onClick={onCopyLink}>Copy link</ToolbarButton>
      <ToolbarButton onClick={onShareImage}>Share as image</ToolbarButton>
    </div>
  )
}

function ToolbarButton({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <button type="button" onClick={onClick} className="rounded-md px-2.5 py-1.5 font-semibold whitespace-nowrap hover:bg-canvas">
      {children}
    </button>
  )
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** The toolbar's own size once drawn, to keep it on screen. */
function useToolbarSize() {
  const ref = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (element) setSize({ width: element.offsetWidth, height: element.offsetHeight })
  }, [])
  return [ref, size] as const
}
