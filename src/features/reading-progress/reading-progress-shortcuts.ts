// Listed in the shortcuts help; implemented by resume-offer.tsx.
export const READING_PROGRESS_SHORTCUTS = [{ keys: ['C'], description: 'When offered: continue reading where you stopped' }] as const
