import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCatalog, formatProblem } from './build-catalog'
import { readArticleFiles, readCatalog } from './read-article-files'
import { tempFolder } from './temp-folder'

const article = (day: number, n: number) => `date 2025-01-${String(1 + (day % 28)).padStart(2, '0')} A caption. SEOUL—Story number ${n} of the day.\n\nA second paragraph.\n`
const id = (n: number) => n.toString(16).padStart(16, '0')

describe('readCatalog', () => {
  it('reads a large folder on two threads into the same catalog, with every problem in file order', async () => {
    // Enough files for the later half to be parsed on another thread.
    const dir = tempFolder('broadsheet-catalog-')
    for (let n = 1; n <= 2400; n++) writeFileSync(path.join(dir, `${String(n).padStart(5, '0')}_${id(n)}.txt`), article(n * 7, n))
    writeFileSync(path.join(dir, `00005_${id(5)}.txt`), 'SEOUL—No date.')
    writeFileSync(path.join(dir, `02000_${id(3)}.txt`), article(1, 2000)) // the later half reuses an id of the first
    writeFileSync(path.join(dir, '02300_notanid.txt'), article(2, 2300))

    const catalog = await readCatalog(dir)
    expect(catalog).toEqual(buildCatalog(readArticleFiles(dir)))
    expect(catalog.entries).toHaveLength(2399)
    expect(catalog.problems.map(formatProblem)).toEqual([
      `${dir}/00005_${id(5)}.txt:1: no "date YYYY-MM-DD" field`,
      `${dir}/02000_${id(3)}.txt: the id ${id(3)} is already used by ${dir}/00003_${id(3)}.txt`,
      `${dir}/02300_notanid.txt: the file name must be NNN_<16 lower-case hex digits>.txt, e.g. 004_1195f8b02fb32f15.txt`,
    ])
  })
})
