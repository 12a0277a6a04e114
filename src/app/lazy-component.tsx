import { Suspense, use, type ComponentType } from 'react'

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
  const preload = (): Promise<ComponentType<Props>> => {
    if (!loading) {
      const promise = load()
      // React's `use` reads a promise marked fulfilled without suspending: a component whose
      // code is here renders in the same pass, with no fallback flashing in between.
      const tracked: Promise<ComponentType<Props>> & { status?: 'fulfilled'; value?: ComponentType<Props> } = promise
      void promise.then((value) => {
        tracked.status = 'fulfilled'
        tracked.value = value
      }, () => {
        // A failed load is retried on the next render (the error reaches the error boundary once).
        loading = undefined
      })
      loading = promise
    }
    return loading
  }
  function Loaded(props: Props) {
    const Component = use(preload())
    // eslint-disable-next-line react-hooks/static-components -- one component per load, the same on every render
    return <Component {...props} />
  }
  function Lazy(props: Props) {
    return (
      <Suspense fallback={<Fallback {...props} />}>
        <Loaded {...props} />
      </Suspense>
    )
  }
  return Object.assign(Lazy, { preload })
}

function Nothing() {
  return null
}
