import { copyText } from '../lib/clipboard'
import { showToast } from './toaster'

/** Copies the address of the current view, filters and all: a filtered view is a link too. */
export function CopyPageLinkButton() {
  const copy = async () => {
    const url = window.location.href
    const copied = await copyText(url)
    showToast(copied ? { tone: 'info', message: 'Link to this view copied.' } : { tone: 'error', message: `Could not copy the link: ${url}` })
  }
  return (
    <button type="button" onClick={() => void copy()} className="rounded-md border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink">
      Copy link
    </button>
  )
}
