import { ShortcutsDialog, type ShortcutSection } from '../components/shortcuts-dialog'
import { LIST_SHORTCUTS } from '../features/find/list-shortcuts'
import { SELECTION_SHORTCUTS } from '../features/highlights/selection-shortcuts'
import { OFFLINE_SHORTCUTS } from '../features/offline/offline-shortcuts'
import { READ_ALOUD_SHORTCUTS } from '../features/read-aloud/read-aloud-shortcuts'
import { READING_PROGRESS_SHORTCUTS } from '../features/reading-progress/reading-progress-shortcuts'
import { READING_SETTINGS_SHORTCUTS } from '../features/reading-settings/reading-settings-shortcuts'

// Every feature's keys in one list; loaded only when someone asks for it.
const SECTIONS: ShortcutSection[] = [
  { title: 'Anywhere', shortcuts: [{ keys: ['?'], description: 'Show these shortcuts' }, ...OFFLINE_SHORTCUTS] },
  { title: 'Article list', shortcuts: LIST_SHORTCUTS },
  { title: 'Reading and highlighting', shortcuts: SELECTION_SHORTCUTS },
  { title: 'Reading settings (article pages)', shortcuts: READING_SETTINGS_SHORTCUTS },
  { title: 'Reading aloud (article pages)', shortcuts: READ_ALOUD_SHORTCUTS },
  { title: 'Reading progress (article pages)', shortcuts: READING_PROGRESS_SHORTCUTS },
]

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return <ShortcutsDialog sections={SECTIONS} onClose={onClose} />
}
