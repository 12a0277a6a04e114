import './app/styles.css'

// The page arrives prerendered and readable. The app's code is fetched and run only once the
// browser has painted the page's text (its first contentful paint, not an earlier paint of the
// background alone): nothing the first paint of the words does not need runs before it.
afterFirstContentfulPaint(() => {
  void import('./app/start').then(({ start }) => {
    void start()
  })
})

function afterFirstContentfulPaint(run: () => void) {
  const nextTask = () => {
    requestAnimationFrame(() => setTimeout(run))
  }
  if (!PerformanceObserver.supportedEntryTypes.includes('paint')) {
    nextTask()
    return
  }
  // Should no contentful paint ever be reported, start anyway after a while.
  const fallback = setTimeout(start, 3000)
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) start()
  })
  // That paint may have come while the page was still arriving (the header alone): this
  // script runs once it is all parsed, so the next frame paints the whole of it, before the app.
  function start() {
    observer.disconnect()
    clearTimeout(fallback)
    nextTask()
  }
  observer.observe({ type: 'paint', buffered: true })
}
