import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { tempFolder } from '../pipeline/temp-folder.ts'
import { canBuildIncrementally, contentHash, ledgerPath, outputLedger } from './output-ledger.ts'

function builtFolder(files: Record<string, string>): string {
  const outDir = tempFolder('broadsheet-ledger-')
  forgetLedgerWhenDone(outDir)
  const ledger = outputLedger(outDir)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true })
    writeFileSync(path.join(outDir, name), text)
    ledger.unchanged(name, contentHash(text))
  }
  ledger.finish()
  return outDir
}

/** The ledger lives in the project's cache folder, not in the temporary one. */
function forgetLedgerWhenDone(outDir: string) {
  onTestFinished(() => {
    rmSync(ledgerPath(outDir), { force: true })
  })
}

describe('the output ledger', () => {
  it('knows a folder it built, and nothing of one it did not', () => {
    const outDir = builtFolder({ 'a.json': 'a' })
    expect(canBuildIncrementally(outDir)).toBe(true)
    expect(canBuildIncrementally(tempFolder('broadsheet-ledger-'))).toBe(false)
  })

  it('takes a file as unchanged only when it holds the same content and is still there', () => {
    const outDir = builtFolder({ 'a.json': 'a', 'b.json': 'b', 'articles/x/index.html': 'x' })
    writeFileSync(path.join(outDir, 'gone.json'), '')
    const ledger = outputLedger(outDir)
    expect(ledger.unchanged('a.json', contentHash('a'))).toBe(true)
    expect(ledger.unchanged('b.json', contentHash('b, edited'))).toBe(false)
    expect(ledger.unchanged('new.json', contentHash('new'))).toBe(false)
    ledger.finish()
  })

  it('sees files deleted from a folder it lists (one asked about more than once) as gone', () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, n) => [`data/${n}.json`, `${n}`]))
    const outDir = builtFolder({ ...files, 'articles/x/index.html': 'x' })
    rmSync(path.join(outDir, 'data/1.json'))
    rmSync(path.join(outDir, 'data/3.json'))
    rmSync(path.join(outDir, 'articles/x/index.html'))
    const ledger = outputLedger(outDir)
    const unchanged = Object.entries(files).map(([name, text]) => ledger.unchanged(name, contentHash(text)))
    expect(unchanged).toEqual([true, false, true, false, true])
    expect(ledger.unchanged('articles/x/index.html', contentHash('x'))).toBe(false)
    ledger.finish()
  })

  it('never takes a file Vite wrote this build as unchanged', () => {
    const outDir = builtFolder({ 'index.html': 'the list page' })
    const ledger = outputLedger(outDir)
    ledger.claim(['index.html'])
    expect(ledger.unchanged('index.html', contentHash('the list page'))).toBe(false)
    ledger.finish()
  })

  it('deletes what the last build made and this one did not, with the folders that held only that', () => {
    const outDir = builtFolder({ 'a.json': 'a', 'articles/x/index.html': 'x', 'articles/y/index.html': 'y' })
    writeFileSync(path.join(outDir, 'not-ours.txt'), 'someone else put this here')
    const ledger = outputLedger(outDir)
    ledger.unchanged('a.json', contentHash('a'))
    ledger.unchanged('articles/y/index.html', contentHash('y'))
    expect(ledger.finish()).toEqual({ deleted: 1 })
    expect(existsSync(path.join(outDir, 'articles/x'))).toBe(false)
    expect(existsSync(path.join(outDir, 'articles/y/index.html'))).toBe(true)
    expect(existsSync(path.join(outDir, 'not-ours.txt'))).toBe(true)
  })

  it('is gone while a build uses it, so a build stopped halfway leaves the next one to start cold', () => {
    const outDir = builtFolder({ 'a.json': 'a' })
    outputLedger(outDir)
    expect(existsSync(ledgerPath(outDir))).toBe(false)
    expect(canBuildIncrementally(outDir)).toBe(false)
    outputLedger(outDir).finish()
    expect(canBuildIncrementally(outDir)).toBe(true)
  })

  it('never deletes outside the folder, whatever the ledger names', () => {
    const parent = tempFolder('broadsheet-ledger-')
    const outDir = path.join(parent, 'out')
    mkdirSync(outDir)
    forgetLedgerWhenDone(outDir)
    writeFileSync(path.join(parent, 'beside.txt'), 'not the build\'s')
    mkdirSync(path.dirname(ledgerPath(outDir)), { recursive: true })
    writeFileSync(ledgerPath(outDir), JSON.stringify({ version: 2, files: [['../beside.txt', 'x']] }))
    expect(outputLedger(outDir).finish()).toEqual({ deleted: 0 })
    expect(existsSync(path.join(parent, 'beside.txt'))).toBe(true)
  })

  it('reads a ledger in the first format (an object of names)', () => {
    const outDir = builtFolder({ 'a.json': 'a' })
    writeFileSync(ledgerPath(outDir), JSON.stringify({ version: 1, files: { 'a.json': contentHash('a') } }))
    expect(canBuildIncrementally(outDir)).toBe(true)
    const ledger = outputLedger(outDir)
    expect(ledger.unchanged('a.json', contentHash('a'))).toBe(true)
    ledger.finish()
  })

  it('starts cold from a damaged ledger, even one read whole earlier in the same process', () => {
    const outDir = builtFolder({ 'a.json': 'a' })
    expect(canBuildIncrementally(outDir)).toBe(true)
    writeFileSync(ledgerPath(outDir), readFileSync(ledgerPath(outDir), 'utf8').slice(0, 10))
    expect(canBuildIncrementally(outDir)).toBe(false)
    const ledger = outputLedger(outDir)
    expect(ledger.unchanged('a.json', contentHash('a'))).toBe(false)
    ledger.finish()
  })
})
