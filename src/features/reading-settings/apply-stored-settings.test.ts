// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { applyStoredReadingSettings, followReadingSettingsOfOtherTabs, READING_SETTINGS_KEY } from './apply-stored-settings'

const root = document.documentElement

afterEach(() => {
  localStorage.clear()
  for (const attribute of [...root.attributes]) if (attribute.name.startsWith('data-')) root.removeAttribute(attribute.name)
})

describe('applyStoredReadingSettings', () => {
  it('sets each stored setting on <html> as a data attribute', () => {
    localStorage.setItem(READING_SETTINGS_KEY, JSON.stringify({ theme: 'sepia', textSize: 'xl', typeface: 'sans', lineWidth: 'narrow', lineSpacing: 'compact' }))
    applyStoredReadingSettings()
    expect(root.dataset).toMatchObject({ theme: 'sepia', textSize: 'xl', typeface: 'sans', lineWidth: 'narrow', lineSpacing: 'compact' })
  })

  it('removes what is no longer stored', () => {
    root.dataset.theme = 'dark'
    localStorage.setItem(READING_SETTINGS_KEY, '{}')
    applyStoredReadingSettings()
    expect(root.dataset.theme).toBeUndefined()
  })

  it.each([
    ['not JSON', '{theme:'],
    ['not an object', '"dark"'],
    ['null', 'null'],
    ['markup and long values', JSON.stringify({ theme: '"><script>', textSize: 'x'.repeat(200), typeface: 3 })],
  ])('leaves the defaults for stored %s, without throwing', (_, stored) => {
    localStorage.setItem(READING_SETTINGS_KEY, stored)
    expect(() => {
      applyStoredReadingSettings()
    }).not.toThrow()
    expect(root.dataset.theme).toBeUndefined()
    expect(root.dataset.textSize).toBeUndefined()
    expect(root.dataset.typeface).toBeUndefined()
  })

  it('follows a change another tab stores', () => {
    followReadingSettingsOfOtherTabs()
    localStorage.setItem(READING_SETTINGS_KEY, JSON.stringify({ theme: 'dark' }))
    window.dispatchEvent(new StorageEvent('storage', { key: READING_SETTINGS_KEY }))
    expect(root.dataset.theme).toBe('dark')
    localStorage.clear()
    window.dispatchEvent(new StorageEvent('storage', { key: null }))
    expect(root.dataset.theme).toBeUndefined()
  })
})
