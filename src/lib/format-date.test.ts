import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatIsoDay } from './format-date'

describe('formatIsoDay', () => {
  it('writes a day as Intl writes it in en-US, for any day', () => {
    const reference = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (date) => {
        const isoDay = date.toISOString().slice(0, 10)
        expect(formatIsoDay(isoDay)).toBe(reference.format(new Date(`${isoDay}T00:00:00Z`)))
      }),
      { seed: 7 },
    )
    expect(formatIsoDay('2025-07-01')).toBe('July 1, 2025')
  })
})
