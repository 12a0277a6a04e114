
type Option<Value extends string> = { value: Value; label: string }

/** Each setting's choices, in the order the panel shows them. */
export const READING_OPTIONS = {
  textSize: [
    { value: 'xs', label: 'Extra small' },
    { value: 's', label: 'Small' },
    { value: 'm', label: 'Medium' },
    { value: 'l', label: 'Large' },
    { value: 'xl', label: 'Extra large' },
    { value: 'xxl', label: 'Largest' },
  ],
  theme: [
    { value: 'system', label: 'System' },
    { value: 'light', label: 'Light' },
    { value: 'sepia', label: 'Sepia' },
    { value: 'dark', label: 'Dark' },
  ],
  typeface: [
    { value: 'serif', label: 'Serif' },
    { value: 'sans', label: 'Sans serif' },
  ],
  lineWidth: [
    { value: 'narrow', label: 'Narrow' },
    { value: 'medium', label: 'Medium' },
    { value: 'wide', label: 'Wide' },
  ],
  lineSpacing: [
    { value: 'compact', label: 'Compact' },
    { value: 'normal', label: 'Normal' },
    { value: 'relaxed', label: 'Relaxed' },
  ],
} as const satisfies Record<string, readonly Option<string>[]>

/** How the reader likes to read; kept in this browser, applied to every page before it paints. */
export type ReadingSettings = { [Name in keyof typeof READING_OPTIONS]: (typeof READING_OPTIONS)[Name][number]['value'] }

export const DEFAULT_READING_SETTINGS: ReadingSettings = { theme: 'system', textSize: 'm', lineWidth: 'medium', typeface: 'serif', lineSpacing: 'normal' }

// The same table, typed so that one setting's choices can be looked up by its name.
const OPTIONS: { [Name in keyof ReadingSettings]: readonly Option<ReadingSettings[Name]>[] } = READING_OPTIONS

/** The settings named by attributes or stored values; anything unknown is its default. */
export function readingSettingsFrom(values: Readonly<Record<string, unknown>>): ReadingSettings {
  const known = <Name extends keyof ReadingSettings>(name: Name): ReadingSettings[Name] =>
    OPTIONS[name].find((option) => option.value === values[name])?.value ?? DEFAULT_READING_SETTINGS[name]
  return { theme: known('theme'), textSize: known('textSize'), lineWidth: known('lineWidth'), typeface: known('typeface'), lineSpacing: known('lineSpacing') }
}

/** One step larger or smaller, stopping at the ends. */
export function nextTextSize(size: ReadingSettings['textSize'], step: 1 | -1): ReadingSettings['textSize'] {
  const sizes = READING_OPTIONS.textSize
  const index = sizes.findIndex((option) => option.value === size)
  return sizes[Math.min(sizes.length - 1, Math.max(0, index + step))]?.value ?? size
}

/** Only what differs from the defaults: what is stored, so new defaults reach everyone else. */
export function changedReadingSettings(settings: ReadingSettings): Partial<ReadingSettings> {
  return Object.fromEntries(Object.entries(settings).filter(([name, value]) => DEFAULT_READING_SETTINGS[name as keyof ReadingSettings] !== value))
}

export function serializeReadingSettings(settings: ReadingSettings): string {
  return JSON.stringify(changedReadingSettings(settings))
}
