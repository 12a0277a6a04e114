
/** How the reader likes to read; kept in this browser, applied to every page before it paints. */
export type ReadingSettings = {
  theme: Theme
  textSize: TextSize
  lineWidth: LineWidth
  typeface: Typeface
  lineSpacing: LineSpacing
}

type Option<Value extends string> = { value: Value; label: string }

export const THEMES = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly Option<string>[]

export const TEXT_SIZES = [
  { value: 'xs', label: 'Extra small' },
  { value: 's', label: 'Small' },
  { value: 'm', label: 'Medium' },
  { value: 'l', label: 'Large' },
  { value: 'xl', label: 'Extra large' },
  { value: 'xxl', label: 'Largest' },
] as const satisfies readonly Option<string>[]

export const LINE_WIDTHS = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' },
] as const satisfies readonly Option<string>[]

export const TYPEFACES = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans serif' },
] as const satisfies readonly Option<string>[]

export const LINE_SPACINGS = [
  { value: 'compact', label: 'Compact' },
  { value: 'normal', label: 'Normal' },
  { value: 'relaxed', label: 'Relaxed' },
] as const satisfies readonly Option<string>[]

export type Theme = (typeof THEMES)[number]['value']
export type TextSize = (typeof TEXT_SIZES)[number]['value']
export type LineWidth = (typeof LINE_WIDTHS)[number]['value']
export type Typeface = (typeof TYPEFACES)[number]['value']
export type LineSpacing = (typeof LINE_SPACINGS)[number]['value']

export const DEFAULT_READING_SETTINGS: ReadingSettings = { theme: 'system', textSize: 'm', lineWidth: 'medium', typeface: 'serif', lineSpacing: 'normal' }

const OPTIONS: { [Name in keyof ReadingSettings]: readonly Option<ReadingSettings[Name]>[] } = {
  theme: THEMES,
  textSize: TEXT_SIZES,
  lineWidth: LINE_WIDTHS,
  typeface: TYPEFACES,
  lineSpacing: LINE_SPACINGS,
}

/** The settings named by attributes or stored values; anything unknown is its default. */
export function readingSettingsFrom(values: Readonly<Record<string, unknown>>): ReadingSettings {
  const known = <Name extends keyof ReadingSettings>(name: Name): ReadingSettings[Name] =>
    OPTIONS[name].find((option) => option.value === values[name])?.value ?? DEFAULT_READING_SETTINGS[name]
  return { theme: known('theme'), textSize: known('textSize'), lineWidth: known('lineWidth'), typeface: known('typeface'), lineSpacing: known('lineSpacing') }
}

/** One step larger or smaller, stopping at the ends. */
export function nextTextSize(size: TextSize, step: 1 | -1): TextSize {
  const index = TEXT_SIZES.findIndex((option) => option.value === size)
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, index + step))]?.value ?? size
}

/** What goes into storage: only what differs from the defaults, so new defaults reach everyone else. */
export function serializeReadingSettings(settings: ReadingSettings): string {
  const changed = Object.fromEntries(Object.entries(settings).filter(([name, value]) => DEFAULT_READING_SETTINGS[name as keyof ReadingSettings] !== value))
  return JSON.stringify(changed)
}
