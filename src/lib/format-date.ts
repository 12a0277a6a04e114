// A fixed locale and time zone, so the build's prerendered text and the browser's agree.
const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

/** `2025-07-01` → `July 1, 2025`. */
export function formatIsoDay(isoDay: string): string {
  return longDate.format(new Date(`${isoDay}T00:00:00Z`))
}

const dateAndTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' })

/** An ISO timestamp in the reader's own time zone, e.g. `Jul 1, 2025, 10:04 AM`. */
export function formatTimestamp(isoTimestamp: string): string {
  return dateAndTime.format(new Date(isoTimestamp))
}
