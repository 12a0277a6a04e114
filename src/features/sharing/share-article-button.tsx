import { showToast } from '../../components/toaster'
import { copyText } from '../../lib/clipboard'
import { useHydrated } from '../../lib/use-hydrated'

/**
 * "Share": the system share sheet where the browser has one (phones, some desktops),
 * otherwise the canonical link copied to the clipboard, confirmed on screen and to screen readers.
 */
export function ShareArticleButton({ title, path }: { title: string; path: string }) {
  const hydrated = useHydrated()
  const share = async () => {
    const url = new URL(path, window.location.origin).href
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url })
        return
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return
      }
    }
    const copied = await copyText(url)
    showToast(copied ? { tone: 'info', message: 'Link to the article copied.' } : { tone: 'error', message: `Could not copy the link: ${url}` })
  }
  return (
    <button
      type="button"
      // Until the app is up, the button could not answer: it says so rather than swallow a click.
      disabled={!hydrated}
      onClick={() => void share()}
      className="inline-flex items-center gap-1.5 rounded-md border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
        <path d="M13 3a3 3 0 1 1 .6 1.8L8 7.6a3 3 0 0 1 0 1.8l5.6 2.8a3 3 0 1 1-.7 1.4L7.3 10.8a3 3 0 1 1 0-3.6l5.6-2.8A3 3 0 0 1 13 3Z" />
      </svg>
      Share
    </button>
  )
}
