// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { applyStoredReadingSettings, followReadingSettingsOfOtherTabs, READING_SETTINGS_KEY } from './apply-stored-settings'

const root = document.documentElement

afterEach(() => {
  localStorage.clear()
  for (const attribute of [...root.attributes]) if (attribute.name.startsWith('data-')) root.removeAttribute(attribute.name)
})

describe('applyStoredReadingSettings', () => {
  it('gives the browser the chosen theme\'s colour, and the system pair back for "System"', () => {
    for (const [content, scheme] of [
      ['#fbfaf6', 'light'],
      ['#141413', 'dark'],
    ] as const) {
      const meta = document.createElement('meta')
      Object.assign(meta, { name: 'theme-color', content, media: `(prefers-color-scheme: ${scheme})` })
      document.head.append(meta)
    }
    const colors = () => [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((meta) => meta.content)
    localStorage.setItem(READING_SETTINGS_KEY, JSON.stringify({ theme: 'sepia' }))
    applyStoredReadingSettings()
    expect(colors()).toEqual(['#f4ecd8', '#f4ecd8'])
    localStorage.setItem(READING_SETTINGS_KEY, '{}')
    applyStoredReadingSettings()
    expect(colors()).toEqual(['#fbfaf6', '#141413'])
  })

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
