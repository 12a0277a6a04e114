import { useSyncExternalStore } from 'react'
import { applyStoredReadingSettings, READING_SETTINGS_KEY } from './apply-stored-settings'
import { DEFAULT_READING_SETTINGS, readingSettingsFrom, serializeReadingSettings, type ReadingSettings } from './reading-settings'

const NAMES = Object.keys(DEFAULT_READING_SETTINGS) as (keyof ReadingSettings)[]
const ATTRIBUTES = NAMES.map((name) => `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`)

/**
 * The settings the page shows now, read from <html>'s attributes: this tab's changes and
 * other tabs' (which the before-paint script applies) both arrive there.
 */
export function useReadingSettings(): ReadingSettings {
  return useSyncExternalStore(subscribe, currentSettings, () => DEFAULT_READING_SETTINGS)
}

/**
 * Stores the settings and applies them to this page (other tabs follow by the storage event).
 * Storage that refuses (full, or blocked) still changes this page, and says so.
 */
export function storeReadingSettings(settings: ReadingSettings): { kept: boolean } {
  try {
    localStorage.setItem(READING_SETTINGS_KEY, serializeReadingSettings(settings))
  } catch {
    setAttributes(settings)
    return { kept: false }
  }
  applyStoredReadingSettings()
  return { kept: true }
}

function setAttributes(settings: ReadingSettings) {
  const root = document.documentElement
  NAMES.forEach((name, index) => {
    const attribute = ATTRIBUTES[index] as string
    if (settings[name] === DEFAULT_READING_SETTINGS[name]) root.removeAttribute(attribute)
    else root.setAttribute(attribute, settings[name])
  })
}

let snapshot: { key: string; settings: ReadingSettings } | undefined

function currentSettings(): ReadingSettings {
  const { dataset } = document.documentElement
  const key = NAMES.map((name) => dataset[name] ?? '').join(' ')
  if (snapshot?.key !== key) snapshot = { key, settings: readingSettingsFrom(dataset) }
  return snapshot.settings
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributeFilter: ATTRIBUTES })
  return () => {
    observer.disconnect()
  }
}
