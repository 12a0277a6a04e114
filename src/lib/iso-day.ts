const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * `YYYY-MM-DD` naming a day of the calendar: not `2025-02-30`, `2025-13-01` or `2025-2-3`.
 * Years 0-99 are refused too (Date.UTC reads them as 1900-1999, and no article is dated then).
 * The article parser and the list's date filters both hold dates to it.
 */
export function isRealIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
