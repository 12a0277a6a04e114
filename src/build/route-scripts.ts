import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Rolldown } from 'vite'
import type { PageRoute } from '../pipeline/build-site.ts'
import { BEFORE_PAINT_PREFIX } from './before-paint-script.ts'
import { buildCachePath } from './build-cache.ts'

/**
 * Which built scripts each kind of page needs before it can hydrate, read from the browser
 * build's own chunk graph: the entry and the page's own code, with everything they import.
 * Its interactive parts (search, Save, highlights…) load after. The budget test
 * (e2e/budget.spec.ts) weighs them, from the report written beside the build.
 */
export type RouteScripts = {
  /** Everything the page needs before it hydrates, entry included. */
  beforeHydration: string[]
}

export type RoutesReport = Record<PageRoute, RouteScripts>

// The app itself, which the entry starts once the page is painted (src/main.tsx).
const APP_MODULE = 'src/app/start.tsx'
// The module of each page's own code (src/app/router.tsx loads them).
const ROUTE_MODULES: Record<PageRoute, string> = {
  list: 'src/app/routes/list-route.tsx',
  article: 'src/app/routes/article-route.tsx',
  entity: 'src/app/routes/entity-route.tsx',
  highlights: 'src/app/routes/highlights-route.tsx',
  'not-found': 'src/app/not-found-page.tsx',
  offline: 'src/app/offline-page.tsx',
}

export function routeScripts(output: Rolldown.RolldownOutput, root: string): RoutesReport {
  const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const entry = chunks.find((chunk) => chunk.isEntry)
  if (!entry) throw new Error('the browser build has no entry chunk')
  const chunkOf = (module: string) => {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId === path.resolve(root, module))
    if (!chunk) throw new Error(`the browser build has no chunk for ${module}`)
    return chunk.fileName
  }
  const app = [entry.fileName, chunkOf(APP_MODULE)]
  // Every page's first script (the reader's settings, before paint) counts too.
  const beforePaint = output.output.filter((item) => item.type === 'asset' && item.fileName.startsWith(BEFORE_PAINT_PREFIX)).map((item) => item.fileName)
  const report = {} as RoutesReport
  for (const [route, module] of Object.entries(ROUTE_MODULES) as [PageRoute, string][]) {
    report[route] = { beforeHydration: [...beforePaint, ...staticClosure([...app, chunkOf(module)], byFile)] }
  }
  return report
}

function staticClosure(files: readonly string[], byFile: ReadonlyMap<string, Rolldown.OutputChunk>): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const imported of byFile.get(file)?.imports ?? []) visit(imported)
  }
  files.forEach(visit)
  return seen
}

/** Beside the build, never in it: nothing build-internal is deployed. */
export function routesReportPath(outDir: string): string {
  return path.resolve(`${buildCachePath('build', outDir)}-routes.json`)
}

export function writeRoutesReport(outDir: string, report: RoutesReport) {
  const file = routesReportPath(outDir)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
}
