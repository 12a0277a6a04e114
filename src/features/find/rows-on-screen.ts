/**
 * The first results are simply rendered (a few screens: also what the prerendered page shows,
 * so the rows the reader sees first are never redrawn); past them, only the rows near the
 * screen are (virtual-tail.tsx).
 */
export const PLAIN_LIMIT = 20

/** Below the shortest row with its summary loaded (measured: 213 px in a 1280 px wide window, 350 px on a phone). */
const SHORTEST_ROW_PX = 180
const MOST_ROWS_ON_SCREEN = 10

/** How many result rows fit in the window at most. */
export function rowsOnScreen(): number {
  return typeof window === 'undefined' ? MOST_ROWS_ON_SCREEN : Math.min(MOST_ROWS_ON_SCREEN, Math.ceil(window.innerHeight / SHORTEST_ROW_PX))
}
