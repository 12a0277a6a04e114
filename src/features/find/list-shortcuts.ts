// Listed in the shortcuts help; implemented by find-toolbar.tsx and use-list-keys.ts.
export const LIST_SHORTCUTS = [
  { keys: ['/'], description: 'Search articles' },
  { keys: ['Esc'], description: 'In the search box: clear the search' },
  { keys: ['j', 'k'], description: 'Next or previous article' },
  { keys: ['Enter'], description: 'Open the focused article' },
] as const
