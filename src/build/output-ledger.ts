import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildCachePath } from './build-cache.ts'

/**
 * What the last build wrote into an output folder: each file it made and a hash of what it
 * put there. With it, a rebuild into the same folder writes only the files whose content
 * changed and deletes those it no longer makes, instead of emptying the folder and writing
 * every file again (at 10,000 articles, emptying alone was 20 of a rebuild's 58 seconds).
 *
 * The ledger is deleted when a build starts using it and written again when that build has
 * swept the folder, so a build that stops halfway leaves none, and the next one starts cold.
 */
export type OutputLedger = {
  /**
   * Records that this build makes `file` (relative to the output folder) with content `hash`;
   * true when the folder holds exactly that already, so the file need not be written.
   */
  unchanged: (file: string, hash: string) => boolean
  /** Records files this build wrote whatever they held (Vite's own output). */
  claim: (files: Iterable<string>) => void
  /** Deletes what the last build made and this one did not, and keeps this build's record. */
  finish: () => { deleted: number }
}

// Pairs, not an object keyed by name: at 100,000 articles (400,000 files) an object took
// about twice as long to write and three times as long to read.
const LEDGER_VERSION = 2
type LedgerFile = { version: number; files: [name: string, hash: string][] }
type FirstLedgerFile = { version: 1; files: Record<string, string> }

/** The ledger of an output folder (absolute): beside the project's other build caches. */
export function ledgerPath(outDir: string): string {
  return path.resolve(`${buildCachePath('output', outDir)}.json`)
}

/** Whether a build into `outDir` can leave the folder as it is and rely on its ledger. */
export function canBuildIncrementally(outDir: string): boolean {
  return existsSync(outDir) && readLedger(ledgerPath(outDir)) !== undefined
}

// One ledger per output folder for the whole build: the plugins that write into the folder
// share it. On globalThis, because Vite evaluates its config afresh for each environment.
const OPEN = Symbol.for('broadsheet:output-ledgers')
const open = ((globalThis as Record<symbol, unknown>)[OPEN] ??= new Map()) as Map<string, OutputLedger>

/** The ledger of this build into `outDir`, opened by whichever writer needs it first. */
export function outputLedger(folder: string): OutputLedger {
  const outDir = path.resolve(folder)
  let ledger = open.get(outDir)
  if (!ledger) {
    ledger = openLedger(outDir, ledgerPath(outDir), () => open.delete(outDir))
    open.set(outDir, ledger)
  }
  return ledger
}

function openLedger(outDir: string, file: string, onFinish: () => void): OutputLedger {
  const previous = new Map(readLedger(file)?.files ?? [])
  rmSync(file, { force: true })
  ledgersRead.delete(file)
  const current = new Map<string, string>()
  const claimed = new Set<string>()
  // Only a file that is really there counts as unchanged: someone may have deleted some.
  const isThere = presenceChecker(outDir)
  return {
    unchanged(name, hash) {
      current.set(name, hash)
      return !claimed.has(name) && previous.get(name) === hash && isThere(name)
    },
    claim(names) {
      for (const name of names) {
        current.set(name, '')
        claimed.add(name)
      }
    },
    finish() {
      let deleted = 0
      for (const name of previous.keys()) {
        const target = path.join(outDir, name)
        // Only ever inside the folder, whatever the ledger says.
        if (current.has(name) || !target.startsWith(`${outDir}${path.sep}`)) continue
        rmSync(target, { force: true })
        removeEmptyFolders(outDir, path.dirname(name))
        deleted++
      }
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, JSON.stringify({ version: LEDGER_VERSION, files: [...current] } satisfies LedgerFile))
      onFinish()
      return { deleted }
    },
  }
}

/**
 * Whether a file (relative to `outDir`) is there. A folder asked about once is asked file by
 * file; one asked about again is listed, once: a rebuild at 100,000 articles asks about 400,000
 * files, of which 220,000 are in two folders (the cards and the articles' data), and asked
 * one by one they took 3 s. Listing the whole output folder took as long (one folder per page).
 */
function presenceChecker(outDir: string): (name: string) => boolean {
  const asked = new Set<string>()
  const listed = new Map<string, ReadonlySet<string>>()
  return (name) => {
    const folder = path.dirname(name)
    let files = listed.get(folder)
    if (!files && asked.has(folder)) {
      files = new Set(listFolder(path.join(outDir, folder)))
      listed.set(folder, files)
    }
    asked.add(folder)
    return files ? files.has(path.basename(name)) : existsSync(path.join(outDir, name))
  }
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}

/** A hash of a file's content, for the ledger. */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha1').update(content).digest('base64url')
}

// Ledgers read in this process, by file, with the size and time of the file read. Vite asks
// whether a folder can be built incrementally once per environment (four times a build): at
// 100,000 articles, parsing the 34 MB ledger each time cost 2–3 s of a one-article rebuild.
const READ = Symbol.for('broadsheet:ledgers-read')
const ledgersRead = ((globalThis as Record<symbol, unknown>)[READ] ??= new Map()) as Map<string, { version: string; ledger: LedgerFile | undefined }>

function readLedger(file: string): LedgerFile | undefined {
  const stats = statSync(file, { throwIfNoEntry: false })
  if (!stats) return undefined
  const version = `${stats.size} ${stats.mtimeMs}`
  const known = ledgersRead.get(file)
  if (known?.version === version) return known.ledger
  const ledger = parseLedger(file)
  ledgersRead.set(file, { version, ledger })
  return ledger
}

function parseLedger(file: string): LedgerFile | undefined {
  try {
    const ledger = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; files?: unknown } | null
    if (ledger?.version === LEDGER_VERSION && Array.isArray(ledger.files)) return ledger as LedgerFile
    // A folder the first format describes is still built incrementally (else 5 minutes at 100,000 articles).
    if (ledger?.version === 1 && typeof ledger.files === 'object' && ledger.files !== null) return { version: LEDGER_VERSION, files: Object.entries(ledger.files as FirstLedgerFile['files']) }
    return undefined
  } catch {
    // None, or damaged: the build starts cold.
    return undefined
  }
}

/** A deleted article's page leaves its folder (articles/<slug>/) empty: remove it, and any emptied above it. */
function removeEmptyFolders(outDir: string, folder: string) {
  for (let current = folder; current !== '.' && current !== ''; current = path.dirname(current)) {
    try {
      rmdirSync(path.join(outDir, current))
    } catch {
      return
    }
  }
}
