import { createHash } from 'node:crypto'
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { installedVersion } from '../package-version.ts'
import { runModuleInWorker } from '../run-worker.ts'
import type { CardContent } from './render-card.ts'

/**
 * The card images of a build: each named by a hash of what it shows and of the code that
 * draws it, so a page can name its card before it is drawn, a browser or chat app may cache
 * it for good, and a later build reuses every card whose words did not change.
 */
export const CARD_DIR = 'cards'
export const CARD_TYPE = 'image/png'

/** The card drawing code and its fonts: a change to any of them draws every card again. */
const DRAWING_SOURCES = ['./render-card.ts', './card-layout.ts', '../../lib/shorten-at-word.ts', '../../lib/text-direction.ts'].map((file) => new URL(file, import.meta.url))
const DRAWING_PACKAGES = ['satori', '@resvg/resvg-js', '@fontsource/source-serif-4', '@fontsource/noto-serif-hebrew', '@twemoji/svg']

/** A card: where it goes in the output folder (`cards/<hash>.png`), and what it shows. */
export type CardFile = { file: string; content: CardContent }

export type CardNamer = (content: CardContent) => CardFile

/** Names cards after their content and the drawing code (read once per build). */
export async function cardNamer(): Promise<CardNamer> {
  const code = createHash('sha256')
  for (const source of DRAWING_SOURCES) code.update(await readFile(source))
  for (const name of DRAWING_PACKAGES) code.update(`${name}@${installedVersion(name)}`)
  const drawing = code.digest('hex')
  return (content) => {
    const hash = createHash('sha256').update(drawing).update(JSON.stringify(content)).digest('base64url').slice(0, 16)
    return { file: `${CARD_DIR}/${hash}.png`, content }
  }
}

/** Cards per worker below which another worker costs more (its fonts and start-up) than it saves. */
const CARDS_PER_WORKER = 40

export type CardReport = { drawn: number; reused: number }

/**
 * Writes every card into `outDir`, drawing only those not in `cacheDir` yet (and keeping
 * what it draws there): a rebuild after one article changed draws that article's card.
 */
export async function writeCards(cards: Iterable<CardFile>, { outDir, cacheDir }: { outDir: string; cacheDir: string }): Promise<CardReport> {
  const unique = new Map([...cards].map((card) => [card.file, card]))
  await mkdir(path.join(outDir, CARD_DIR), { recursive: true })
  await mkdir(cacheDir, { recursive: true })
  const cached = (card: CardFile) => path.join(cacheDir, path.basename(card.file))
  const missing: CardFile[] = []
  await Promise.all(
    [...unique.values()].map((card) =>
      copyFile(cached(card), path.join(outDir, card.file)).catch(() => {
        missing.push(card)
      }),
    ),
  )
  const workers = Math.min(availableParallelism(), Math.floor(missing.length / CARDS_PER_WORKER))
  if (workers < 2) {
    await drawCards({ cards: missing, outDir, cacheDir })
    return { drawn: missing.length, reused: unique.size - missing.length }
  }
  const slices = Array.from({ length: workers }, (_, index) => missing.filter((_, position) => position % workers === index))
  await Promise.all(slices.map((slice) => drawInWorker(slice, { outDir, cacheDir })))
  return { drawn: missing.length, reused: unique.size - missing.length }
}

export type DrawJob = { cards: CardFile[]; outDir: string; cacheDir: string }

/** In a worker thread: draws each card into the output and the cache. */
export async function drawCards({ cards, outDir, cacheDir }: DrawJob): Promise<number> {
  const { renderCard } = await import('./render-card.ts')
  for (const card of cards) {
    const png = await renderCard(card.content)
    const name = path.basename(card.file)
    await writeFile(path.join(outDir, card.file), png)
    // Into the cache by rename, so a build stopped halfway never leaves half a card there.
    const partial = path.join(cacheDir, `${name}.${process.pid}.partial`)
    await writeFile(partial, png)
    await rename(partial, path.join(cacheDir, name))
  }
  return cards.length
}

function drawInWorker(cards: CardFile[], places: { outDir: string; cacheDir: string }): Promise<number> {
  if (cards.length === 0) return Promise.resolve(0)
  return runModuleInWorker(new URL(import.meta.url), 'drawCards', { cards, ...places } satisfies DrawJob)
}
