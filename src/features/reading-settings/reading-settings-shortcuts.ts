// Listed in the shortcuts help; implemented by reading-settings-button.tsx (on article pages).
export const READING_SETTINGS_SHORTCUTS = [
  { keys: ['A'], description: 'Open or close the reading settings' },
  { keys: ['+', '−'], description: 'Larger or smaller text' },
] as const
