/** Runs `run` when the browser has a moment to spare (at most 5 s from now), or a second later where it cannot say. */
export function whenIdle(run: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 5000 })
    return { cancel: () => cancelIdleCallback(handle) }
  }
  const handle = setTimeout(run, 1000)
  return { cancel: () => clearTimeout(handle) }
}
