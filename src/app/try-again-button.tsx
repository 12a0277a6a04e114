/** Loads the page again: what a reader tries first when a page could not be loaded. */
export function TryAgainButton() {
  return (
    <button
      type="button"
      onClick={() => {
        window.location.reload()
      }}
      className="rounded-md bg-ink px-5 py-2.5 font-semibold text-canvas hover:bg-accent"
    >
      Try again
    </button>
  )
}
