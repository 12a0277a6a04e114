/**
 * The reader's stored reading settings, set on <html> as data attributes (data-theme,
 * data-text-size…) that the stylesheet turns into colours, sizes and measures.
 *
 * This file is also every page's first script, before the first paint: the build strips its
 * types and calls the first and last functions (src/build/before-paint-script.ts). So it imports nothing,
 * and the app calls `applyStoredReadingSettings` again after each change it stores.
 *
 * It copies only short lowercase tokens: what the stylesheet does not know does nothing, and
 * reading-settings.ts decides what each value means.
 */
export const READING_SETTINGS_KEY = 'broadsheet:reading-settings'

/** Each stored setting and the attribute of <html> that carries it. */
export const READING_SETTINGS_ATTRIBUTES = {
  theme: 'data-theme',
  textSize: 'data-text-size',
  lineWidth: 'data-line-width',
  typeface: 'data-typeface',
  lineSpacing: 'data-line-spacing',
} as const

export function applyStoredReadingSettings(): void {
  let stored: unknown = null
  try {
    stored = JSON.parse(localStorage.getItem(READING_SETTINGS_KEY) ?? 'null')
  } catch {
    // Unreadable or blocked storage: the page keeps its defaults.
  }
  applyReadingSettings(stored)
}

/**
 * The canvas colour of each theme a reader can choose (--canvas in src/app/styles.css), for
 * the browser's toolbar and an installed app's title bar. "System" keeps the page's own pair.
 */
export const THEME_COLORS: Record<string, string> = { light: '#fbfaf6', sepia: '#f4ecd8', dark: '#141413' }

/** Sets each setting `values` holds on <html>, and removes the rest (back to the defaults). */
export function applyReadingSettings(values: unknown): void {
  const root = document.documentElement
  for (const [name, attribute] of Object.entries(READING_SETTINGS_ATTRIBUTES)) {
    const value = values !== null && typeof values === 'object' ? (values as Record<string, unknown>)[name] : undefined
    if (typeof value === 'string' && /^[a-z0-9-]{1,16}$/.test(value)) root.setAttribute(attribute, value)
    else root.removeAttribute(attribute)
  }
  applyThemeColor(root.getAttribute(READING_SETTINGS_ATTRIBUTES.theme))
}

function applyThemeColor(theme: string | null): void {
  const chosen = theme === null ? undefined : THEME_COLORS[theme]
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    // Each tag's own colour (one for a light system, one for a dark) is kept for "System".
    meta.dataset.systemColor ??= meta.content
    meta.content = chosen ?? meta.dataset.systemColor
  }
}

/** Another tab stored new settings (or cleared storage): this page follows at once. */
export function followReadingSettingsOfOtherTabs(): void {
  window.addEventListener('storage', (event) => {
    if (event.key === READING_SETTINGS_KEY || event.key === null) applyStoredReadingSettings()
  })
}
