import { useEffect, useRef } from 'react'

/**
 * Calls `onPress` when the reader presses `key` (without Ctrl, Cmd or Alt) anywhere on the
 * page, unless they are typing in a field or another handler already took the key.
 */
export function useShortcutKey(key: string, onPress: () => void, enabled = true) {
  const press = useRef(onPress)
  useEffect(() => {
    press.current = onPress
  })
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== key || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      press.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [key, enabled])
}
