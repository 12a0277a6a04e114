import { startTransition, useEffect, useEffectEvent, useRef, useState } from 'react'

/** How long typing may pause before the address takes the query (and Back can return to it). */
const URL_FOLLOWS_AFTER_MS = 400

/**
 * The longest the page waits for a keystroke's results before taking its query anyway, so that
 * the page (its title, its sort, "Searching…" on a first search) and then the address follow a
 * search that is slow or never answers.
 */
const RESULTS_WAIT_MS = 300

type Typed = { query: string; over: string }

/**
 * The query the reader is typing, ahead of the address. It holds over the address it was typed
 * on and over those it wrote itself: once the address changes otherwise (Back, a link, Clear
 * filters), the page reads the address again. `commit` writes the typing to the address at once.
 *
 * A keystroke's query is taken when its results are ready (`type`'s `ready`), not as it is
 * typed: the box (uncontrolled) shows the letter at once, and the page renders once per
 * keystroke, with the query and its results together. Rendering the page for the query first
 * held the results' arrival behind that render and the frame after it: at 10,000 articles
 * (2 cores, bench:find, two alternated runs each) keystroke to the worker's answer had a
 * median of 4.8–6.5 ms this way, 8.1–8.4 ms that way; to results in the DOM 8.1–9.2 vs 10.8–10.9.
 */
export function useTypedQuery(search: string) {
  const [typed, setTyped] = useState<Typed | undefined>(undefined)
  // The address this typing last wrote. The typing holds over it too: a keystroke taken while
  // the address took an earlier one (a write on a pause, the keystroke queued behind it) is
  // newer than the address. Dropped there, the box was set back to the address, and the
  // letter typed was lost (seen in e2e runs on a loaded machine: "ministe said").
  const [written, setWritten] = useState<string | undefined>(undefined)
  const holds = typed !== undefined && (typed.over === search || written === search)
  // Forgotten as the address changes, in the same render (not an effect's later one); over an
  // address it wrote, it holds from there (the next write may be on its way already).
  if (typed && !holds) setTyped(undefined)
  else if (typed && typed.over !== search) setTyped({ ...typed, over: search })
  // The keystroke waiting for its results, and the address write waiting for a pause.
  const awaiting = useRef<{ take: () => void } | undefined>(undefined)
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; write: () => void } | undefined>(undefined)
  const cancel = () => {
    awaiting.current = undefined
    if (pending.current) clearTimeout(pending.current.timer)
    pending.current = undefined
  }
  const drop = () => {
    cancel()
    setTyped(undefined)
    setWritten(undefined)
  }
  useEffect(() => cancel, [])
  // Back and forward are never typing: the box follows the address they reach. The address
  // check above misses it when Back interrupts the render of the address the typing wrote
  // (the typing then holds "over" the address Back returns to: seen once in a clean-clone run).
  const dropOnTraversal = useEffectEvent(drop)
  useEffect(() => {
    const onPopState = () => {
      dropOnTraversal()
    }
    addEventListener('popstate', onPopState)
    return () => {
      removeEventListener('popstate', onPopState)
    }
  }, [])
  return {
    query: holds ? typed.query : undefined,
    /**
     * The reader typed `query`; `ready` settles when its results are at hand (none: take it now).
     * `writeUrl` puts a query in the address and returns the address's search it wrote.
     */
    type: (query: string, writeUrl: (query: string) => string, ready?: Promise<unknown>) => {
      cancel()
      const write = () => {
        pending.current = undefined
        const wrote = writeUrl(query)
        // With the address, which the router changes in a transition. Set at once, on a blur it
        // rendered the page as the pointer went down on another control, and that click was lost
        // (e2e: "Retry search", pressed while the box had focus, failed 4 runs of 4).
        startTransition(() => {
          setWritten(wrote)
        })
      }
      const keystroke = {
        take: () => {
          if (awaiting.current !== keystroke) return
          awaiting.current = undefined
          setTyped({ query, over: search })
          pending.current = { timer: setTimeout(write, URL_FOLLOWS_AFTER_MS), write }
        },
      }
      awaiting.current = keystroke
      if (!ready) {
        keystroke.take()
        return
      }
      // Only the latest keystroke is taken: one typed before its results came is passed over.
      let timer: ReturnType<typeof setTimeout> | undefined
      const waited = new Promise((resolve) => (timer = setTimeout(resolve, RESULTS_WAIT_MS)))
      void Promise.race([ready.catch(() => undefined), waited]).then(() => {
        clearTimeout(timer)
        keystroke.take()
      })
    },
    /**
     * Another change (Escape, a filter, Clear filters) is about to reach the address: the typing
     * is neither written after it nor kept over it. Kept, it would outlive an address that does
     * not change (Escape before the typing reached the address left "marathon" searched in an
     * emptied box).
     */
    drop,
    /** The box lost focus: the last keystroke is taken, and written to the address, now. */
    commit: () => {
      awaiting.current?.take()
      const write = pending.current?.write
      cancel()
      write?.()
    },
  }
}
