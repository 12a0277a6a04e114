// Listed in the shortcuts help; implemented by use-paragraph-keys.ts and the `h` key.
export const SELECTION_SHORTCUTS = [
  { keys: ['Tab'], description: 'Focus the article text, then a highlight' },
  { keys: ['↑', '↓'], description: 'Previous or next paragraph' },
  { keys: ['S'], description: 'Select the next sentence (Shift+S: previous)' },
  { keys: ['→', '←'], description: 'Select the next or previous word' },
  { keys: ['Shift+→', 'Shift+←'], description: 'Extend or shrink the selection by a word' },
  { keys: ['H'], description: 'Highlight the selection' },
  { keys: ['Tab'], description: 'With a selection: go to its toolbar (colours, note, link)' },
  { keys: ['Enter'], description: 'Open the focused highlight' },
  { keys: ['Esc'], description: 'Clear the selection or close a highlight' },
] as const
