import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { Choice } from '../../components/choice'
import { copyImage } from '../../lib/clipboard'
import { downloadFile } from '../../lib/download'
import { drawQuoteCard } from './draw-quote-card'
import { QUOTE_CARD_SIZES, quoteCardText, type QuoteCardShape, type QuoteCardTheme } from './quote-card-layout'

/** A passage to picture: its words, the article it is from, and the link that opens it there. */
export type PicturedPassage = { quote: string; about: { headline: string; dateline?: string; date: string }; link: string }
export type ShareAsImageProps = { passage: PicturedPassage; onClose: () => void }

const SHAPES: { value: QuoteCardShape; label: string }[] = [
  { value: 'landscape', label: 'Landscape' },
  { value: 'square', label: 'Square' },
]
const THEMES: { value: QuoteCardTheme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
]

type Picture = { blob: Blob; url: string; shape: QuoteCardShape }

/**
 * "Share as image": a picture of the passage with its headline, dateline, date and link, in the
 * chosen shape and theme; shared as a file where the browser can, else copied or downloaded.
 * Loaded only when asked for (share-as-image.tsx).
 */
export default function ShareAsImageDialog({ passage, onClose }: ShareAsImageProps) {
  const text = useMemo(() => quoteCardText(passage.quote, passage.about, passage.link), [passage])
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const [shape, setShape] = useState<QuoteCardShape>('landscape')
  const [theme, setTheme] = useState<QuoteCardTheme>('light')
  const [picture, setPicture] = useState<Picture | null>(null)
  const [status, setStatus] = useState('')

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  useEffect(() => {
    let current = true
    let url = ''
    drawQuoteCard(text, shape, theme).then(
      (blob) => {
        // A picture for a shape or theme no longer chosen is never shown: no address for it.
        if (!current) return
        url = URL.createObjectURL(blob)
        setPicture({ blob, url, shape })
      },
      (error: unknown) => {
        if (current) setStatus(error instanceof Error ? error.message : 'The picture could not be made.')
      },
    )
    return () => {
      current = false
      if (url) URL.revokeObjectURL(url)
    }
  }, [text, shape, theme])

  // Named after the picture on show, which lags the chosen shape while a new one is drawn.
  const fileName = `broadsheet-quote-${picture?.shape ?? shape}.png`
  const file = picture && new File([picture.blob], fileName, { type: 'image/png' })
  const canShareFile = file !== null && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })
  const alt = `“${text.quote}” — from “${text.headline}”, ${text.details}, ${text.siteName}`

  const share = async () => {
    if (!file) return
    try {
      await navigator.share({ files: [file], title: text.headline, text: `“${text.quote}” ${text.address}` })
      setStatus('Shared.')
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus('Could not share the picture: copy or download it instead.')
    }
  }
  const copy = async () => {
    if (!picture) return
    setStatus((await copyImage(picture.blob)) ? 'Picture copied.' : 'Could not copy the picture: download it instead.')
  }
  const download = () => {
    if (!picture) return
    downloadFile(fileName, picture.blob, 'image/png')
    setStatus('Picture downloaded.')
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={headingId}
      onClose={onClose}
      // Escape closes this dialog only, not the popover or toolbar beneath it.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation()
      }}
      className="m-auto max-h-[85dvh] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto rounded-xl border border-rule bg-panel p-5 font-sans text-sm text-ink shadow-xl backdrop:bg-black/50"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Share as image
        </h2>
        <button type="button" onClick={() => dialog.current?.close()} className="-mt-1 rounded px-2 py-1 text-muted hover:text-ink" aria-label="Close">
          ✕
        </button>
      </div>
      <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <Choice legend="Shape" name="shape" options={SHAPES} value={shape} onChange={setShape} />
        <Choice legend="Theme" name="theme" options={THEMES} value={theme} onChange={setTheme} />
      </div>
      <div className="mt-4 flex justify-center rounded-md border border-rule bg-canvas p-2">
        {picture ? (
          <img src={picture.url} alt={alt} width={QUOTE_CARD_SIZES[picture.shape].width} height={QUOTE_CARD_SIZES[picture.shape].height} className="h-auto max-h-[40dvh] w-auto" />
        ) : (
          <p className="p-8 text-muted">Making the picture…</p>
        )}
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        {canShareFile && (
          <button type="button" onClick={() => void share()} className="rounded-md bg-ink px-3 py-1.5 font-semibold text-canvas">
            Share…
          </button>
        )}
        <button type="button" disabled={!picture} onClick={() => void copy()} className="rounded-md border border-rule px-3 py-1.5 font-semibold hover:border-ink disabled:opacity-40">
          Copy image
        </button>
        <button type="button" disabled={!picture} onClick={download} className="rounded-md border border-rule px-3 py-1.5 font-semibold hover:border-ink disabled:opacity-40">
          Download
        </button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-muted">
        {status}
      </p>
    </dialog>
  )
}
