import { createContext, startTransition, use, useEffect, useState, type ReactNode } from 'react'

// True by default: a page rendered afresh in the browser (or in a component test) is live from
// its first render. Prerendering says false, and hydration starts from false.
const HydratedContext = createContext(true)

/**
 * False while rendering on the build machine and while hydrating, true afterwards: for
 * parts that only make sense in the browser (or load lazily there), so hydration always
 * sees exactly what the prerendered page has.
 */
export function useHydrated(): boolean {
  return use(HydratedContext)
}

/** Around the prerendered app: nothing on the build machine has hydrated. */
export function Prerendered({ children }: { children: ReactNode }) {
  return <HydratedContext value={false}>{children}</HydratedContext>
}

/**
 * Around the app as it hydrates: false until React has hydrated the page, then true in a
 * transition. (A flag kept outside React would re-render every reader of it at once, blocking
 * the page for as long as that takes; a transition re-renders in slices that yield to the reader.)
 */
export function Hydrating({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => {
    startTransition(() => {
      setHydrated(true)
    })
  }, [])
  return <HydratedContext value={hydrated}>{children}</HydratedContext>
}
