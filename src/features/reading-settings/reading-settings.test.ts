import { describe, expect, it } from 'vitest'
import { DEFAULT_READING_SETTINGS, nextTextSize, READING_OPTIONS, readingSettingsFrom, serializeReadingSettings } from './reading-settings'

describe('readingSettingsFrom', () => {
  it('keeps every known value', () => {
    const settings = { theme: 'sepia', textSize: 'xl', lineWidth: 'wide', typeface: 'sans', lineSpacing: 'relaxed' } as const
    expect(readingSettingsFrom(settings)).toEqual(settings)
  })

  it('turns anything unknown, missing or of the wrong type into the default', () => {
    expect(readingSettingsFrom({ theme: 'neon', textSize: 7, lineWidth: null, typeface: ['serif'], extra: 'x' })).toEqual(DEFAULT_READING_SETTINGS)
    expect(readingSettingsFrom({})).toEqual(DEFAULT_READING_SETTINGS)
  })
})

describe('nextTextSize', () => {
  it('steps through at least five sizes and stops at both ends', () => {
    expect(READING_OPTIONS.textSize.length).toBeGreaterThanOrEqual(5)
    expect(nextTextSize('m', 1)).toBe('l')
    expect(nextTextSize('m', -1)).toBe('s')
    expect(nextTextSize('xxl', 1)).toBe('xxl')
    expect(nextTextSize('xs', -1)).toBe('xs')
  })
})

describe('serializeReadingSettings', () => {
  it('stores only what differs from the defaults, and reads back the same', () => {
    const settings = { ...DEFAULT_READING_SETTINGS, theme: 'dark' as const }
    const stored = serializeReadingSettings(settings)
    expect(JSON.parse(stored)).toEqual({ theme: 'dark' })
    expect(readingSettingsFrom(JSON.parse(stored) as Record<string, unknown>)).toEqual(settings)
    expect(serializeReadingSettings(DEFAULT_READING_SETTINGS)).toBe('{}')
  })
})
