import { useSyncExternalStore } from 'react'
import { showToast } from '../../components/toaster'
import { applyReadingSettings, applyStoredReadingSettings, READING_SETTINGS_ATTRIBUTES, READING_SETTINGS_KEY } from './apply-stored-settings'
import { changedReadingSettings, DEFAULT_READING_SETTINGS, readingSettingsFrom, serializeReadingSettings, type ReadingSettings } from './reading-settings'

const NAMES = Object.keys(READING_SETTINGS_ATTRIBUTES) as (keyof ReadingSettings)[]

/**
 * The settings the page shows now, read from <html>'s attributes: this tab's changes and
 * other tabs' (which the before-paint script applies) both arrive there.
 */
export function useReadingSettings(): ReadingSettings {
  return useSyncExternalStore(subscribe, currentReadingSettings, () => DEFAULT_READING_SETTINGS)
}

/**
 * Stores the settings and applies them to this page (other tabs follow by the storage event).
 * Storage that refuses (full, or blocked) still changes this page, and a message says so.
 */
export function changeReadingSettings(settings: ReadingSettings): void {
  try {
    localStorage.setItem(READING_SETTINGS_KEY, serializeReadingSettings(settings))
  } catch {
    applyReadingSettings(changedReadingSettings(settings))
    showToast({ tone: 'error', message: 'This browser would not keep your reading settings: they apply to this page until it is closed.' })
    return
  }
  applyStoredReadingSettings()
}

let snapshot: { key: string; settings: ReadingSettings } | undefined

/** The settings the page shows now (outside React: for keyboard shortcuts). */
export function currentReadingSettings(): ReadingSettings {
  const { dataset } = document.documentElement
  const key = NAMES.map((name) => dataset[name] ?? '').join(' ')
  if (snapshot?.key !== key) snapshot = { key, settings: readingSettingsFrom(dataset) }
  return snapshot.settings
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributeFilter: Object.values(READING_SETTINGS_ATTRIBUTES) })
  return () => {
    observer.disconnect()
  }
}
