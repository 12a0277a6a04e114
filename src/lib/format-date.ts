const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * `2025-07-01` → `July 1, 2025`, the same on the build machine and in every browser. Written
 * out rather than with Intl.DateTimeFormat: making the first formatter costs the browser tens of
 * milliseconds of start-up (measured), for a date every page shows.
 */
export function formatIsoDay(isoDay: string): string {
  const [year = '', month = '', day = ''] = isoDay.split('-')
  return `${MONTHS[Number(month) - 1] ?? ''} ${Number(day)}, ${year}`
}

/** `2025-07-01` → `July 2025`. */
export function formatIsoMonth(isoDay: string): string {
  const [year = '', month = ''] = isoDay.split('-')
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`
}

let dateAndTime: Intl.DateTimeFormat | undefined

/** An ISO timestamp in the reader's own time zone, e.g. `Jul 1, 2025, 10:04 AM`. */
export function formatTimestamp(isoTimestamp: string): string {
  dateAndTime ??= new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' })
  return dateAndTime.format(new Date(isoTimestamp))
}
