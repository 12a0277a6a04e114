// Listed in the shortcuts help; implemented by offline-status.tsx.
export const OFFLINE_SHORTCUTS = [{ keys: ['N'], description: 'When a new edition is offered: reload to it' }] as const
