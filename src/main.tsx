import './app/styles.css'

// The page arrives prerendered and readable. The app's code is fetched and run only once the
// browser has painted the page: nothing the first paint does not need runs before it.
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./app/start').then(({ start }) => {
      void start()
    })
  })
})
