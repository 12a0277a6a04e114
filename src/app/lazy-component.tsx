import { Suspense, use, useCallback, useEffect, useRef, type ComponentType } from 'react'

/**
 * A component whose code loads on its own, after the page: until it arrives, a prerendered
 * page keeps the markup the build rendered for it (React hydrates it when the code comes, with
 * the rest of the page already live), and a page rendered in the browser shows `Fallback`.
 * `preload()` fetches the code ahead of need, so a navigation can wait for it with its data;
 * once loaded, it renders at once.
 */
export type LazyComponent<Props extends object> = ComponentType<Props> & { preload: () => Promise<ComponentType<Props>> }

export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>, Fallback: ComponentType<Props> = Nothing): LazyComponent<Props> {
  let loading: Promise<ComponentType<Props>> | undefined
  let loaded = false
  const preload = (): Promise<ComponentType<Props>> => {
    if (!loading) {
      const promise = load()
      // React's `use` reads a promise marked fulfilled without suspending: a component whose
      // code is here renders in the same pass, with no fallback flashing in between.
      const tracked: Promise<ComponentType<Props>> & { status?: 'fulfilled'; value?: ComponentType<Props> } = promise
      void promise.then(
        (value) => {
          tracked.status = 'fulfilled'
          tracked.value = value
          loaded = true
        },
        () => {
          // A failed load is tried again on the next render (the error reaches the error boundary once).
          loading = undefined
        },
      )
      loading = promise
    }
    return loading
  }
  function Loaded({ onShown, ...props }: Props & { onShown: () => void }) {
    const Component = use(preload())
    useEffect(onShown, [onShown])
    // eslint-disable-next-line react-hooks/static-components -- one component per load, the same on every render
    return <Component {...(props as Props)} />
  }
  function Lazy(props: Props) {
    const waiting = useWaitingPart(() => loaded)
    return (
      <Suspense fallback={<Fallback {...props} />}>
        <Loaded {...props} onShown={waiting.done} />
      </Suspense>
    )
  }
  return Object.assign(Lazy, { preload })
}

function Nothing() {
  return null
}

/**
 * How many lazy parts of the page are still waiting for their code, on the document
 * (`data-parts-loading`), so that tools and tests can tell when the whole app is live.
 */
let partsLoading = 0

function countPartLoading(change: 1 | -1) {
  partsLoading += change
  if (partsLoading > 0) document.documentElement.dataset.partsLoading = String(partsLoading)
  else delete document.documentElement.dataset.partsLoading
}

function useWaitingPart(isLoaded: () => boolean) {
  const counted = useRef(false)
  const done = useCallback(() => {
    if (!counted.current) return
    counted.current = false
    countPartLoading(-1)
  }, [])
  useEffect(() => {
    // The part's own effect runs first: if its code had come, it has already shown.
    if (!isLoaded()) {
      counted.current = true
      countPartLoading(1)
    }
    return done
    // Counted once, when the part appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [done])
  return { done }
}
