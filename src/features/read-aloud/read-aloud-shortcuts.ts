// Listed in the shortcuts help; implemented by listen-button.tsx and read-aloud-player.tsx.
export const READ_ALOUD_SHORTCUTS = [
  { keys: ['L'], description: 'Listen to the article; then pause or play' },
  { keys: ['Esc'], description: 'In the player: stop reading aloud' },
] as const
