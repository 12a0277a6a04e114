/** What a reader does on a page: each restarts the wait for a pause. */
const READER_EVENTS = ['keydown', 'input', 'pointerdown', 'wheel', 'scroll', 'touchstart'] as const

/**
 * Resolves once the reader has done nothing on the page for `ms`: work a reader never asked
 * for (installing the service worker: ~100 files fetched and stored) then runs in a pause,
 * not on the two cores answering their keystrokes and scrolling.
 */
export function readerPause(ms: number, target: EventTarget = window): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, ms)
    function restart() {
      clearTimeout(timer)
      timer = setTimeout(done, ms)
    }
    function done() {
      for (const type of READER_EVENTS) target.removeEventListener(type, restart, { capture: true })
      resolve()
    }
    for (const type of READER_EVENTS) target.addEventListener(type, restart, { capture: true, passive: true })
  })
}
