import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../temp-folder'
import { cardNamer, writeCards } from './card-files'

const content = (headline: string) => ({ headline, details: 'SEOUL · July 1, 2025', siteName: 'Broadsheet', siteHost: 'news.example' })
const folder = () => tempFolder('broadsheet-cards-')

describe('cards', () => {
  it('names a card by what it shows', async () => {
    const name = await cardNamer()
    expect(name(content('Storm shuts the port')).file).toMatch(/^cards\/[\w-]{16}\.png$/)
    expect(name(content('Storm shuts the port')).file).toBe(name(content('Storm shuts the port')).file)
    expect(name(content('Storm shuts the port')).file).not.toBe(name(content('Storm shuts the ports')).file)
  })

  it('draws each card once, and in a rebuild only the card whose words changed', async () => {
    const name = await cardNamer()
    const cacheDir = folder()
    const storm = name(content('Storm shuts the port'))
    const first = [storm, name(content('Ferries stop for the night'))]
    const firstOut = folder()
    // Two pages may share a card (the list and the highlights page do): it is drawn once.
    expect(await writeCards([...first, storm], { outDir: firstOut, cacheDir })).toEqual({ drawn: 2, reused: 0 })
    for (const card of first) expect(existsSync(path.join(firstOut, card.file))).toBe(true)

    const second = [storm, name(content('Ferries sail again at dawn'))]
    const secondOut = folder()
    expect(await writeCards(second, { outDir: secondOut, cacheDir })).toEqual({ drawn: 1, reused: 1 })
    for (const card of second) expect(existsSync(path.join(secondOut, card.file))).toBe(true)
  })
})
