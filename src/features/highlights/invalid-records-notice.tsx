import { downloadFile } from '../../lib/download'
import type { InvalidRecord } from '../../lib/storage/database'

/**
 * Stored records this version cannot read (damaged, or written by a newer version). They are
 * left in storage untouched; the reader can download them so nothing is beyond reach.
 */
export function InvalidRecordsNotice({ invalid }: { invalid: readonly InvalidRecord[] }) {
  if (invalid.length === 0) return null
  const count = invalid.length
  const download = () => {
    const json = JSON.stringify(
      invalid.map(({ key, value, problems }) => ({ key, problems, value })),
      null,
      2,
    )
    downloadFile('broadsheet-unreadable-highlights.json', json, 'application/json')
  }
  return (
    <div role="alert" className="mb-6 rounded-lg border border-accent bg-panel p-4 text-sm">
      <p className="font-semibold">
        {count === 1 ? '1 saved highlight' : `${count} saved highlights`} could not be read.
      </p>
      <p className="mt-1 text-muted">
        {count === 1 ? 'It' : 'They'} may be damaged or come from a newer version of Broadsheet. Nothing has been deleted: {count === 1 ? 'it stays' : 'they stay'} in this
        browser’s storage as {count === 1 ? 'it was' : 'they were'}.
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold">What is wrong</summary>
        <ul className="mt-2 list-disc pl-5">
          {invalid.map(({ key, problems }) => (
            <li key={key}>
              <code>{key}</code>: {problems.join('; ')}
            </li>
          ))}
        </ul>
      </details>
      <button type="button" onClick={download} className="mt-3 rounded-md border border-rule px-3 py-1.5 font-semibold hover:border-ink">
        Download unreadable records
      </button>
    </div>
  )
}
