import { useSyncExternalStore } from 'react'

const noSubscription = () => () => undefined

/**
 * False while rendering on the build machine and while hydrating, true afterwards: for
 * parts that only make sense in the browser (or load lazily there), so hydration always
 * sees exactly what the prerendered page has.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}
