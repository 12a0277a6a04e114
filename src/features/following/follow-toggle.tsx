/**
 * The Follow button's look, pressed when the reader follows. Rendered disabled in the
 * prerendered page, so the button is in place before the reader's data can say its state.
 */
export function FollowToggle({ pressed, disabled = false, onClick }: { pressed: boolean; disabled?: boolean; onClick?: () => void }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      className="inline-flex items-center gap-1.5 rounded-md border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink aria-pressed:border-accent aria-pressed:text-accent disabled:opacity-60"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-none stroke-current stroke-[1.8]">
        {pressed ? <path d="m4 10.5 4 4 8-9" /> : <path d="M10 4v12M4 10h12" />}
      </svg>
      Follow
    </button>
  )
}

/** Until the app is up: the button in its place, not yet answering. */
export function FollowTogglePlaceholder() {
  return <FollowToggle pressed={false} disabled />
}
