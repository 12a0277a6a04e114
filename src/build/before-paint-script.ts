import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { transformWithOxc, type Plugin } from 'vite'

// The reader's settings must be on <html> before the first paint (no flash of the wrong theme
// or size), and pages allow no inline script: so every page starts with this small script,
// from this file, which imports nothing and calls nothing outside itself.
const SOURCE = 'src/features/reading-settings/apply-stored-settings.ts'
const CALLS = ['applyStoredReadingSettings()', 'followReadingSettingsOfOtherTabs()']
export const BEFORE_PAINT_PREFIX = 'assets/before-paint-'

/** Adds the before-paint script to every page's head, in the dev server and in the build. */
export function beforePaintScriptPlugin(): Plugin {
  let script: { fileName: string; code: string } | undefined
  return {
    name: 'broadsheet:before-paint-script',
    async buildStart() {
      script = await buildScript()
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!script || request.url !== `/${script.fileName}`) {
          next()
          return
        }
        response.setHeader('Content-Type', 'text/javascript')
        response.end(script.code)
      })
    },
    transformIndexHtml() {
      if (!script) throw new Error('the before-paint script was not built')
      // A classic script at the end of the head: it runs before the body is parsed or painted.
      return [{ tag: 'script', attrs: { src: `/${script.fileName}` }, injectTo: 'head' }]
    },
    generateBundle() {
      if (this.environment.name !== 'client' || !script) return
      this.emitFile({ type: 'asset', fileName: script.fileName, source: script.code })
    },
  }
}

/** The script, and its name with a content hash (it is cached for good). */
export async function buildScript(file = path.resolve(SOURCE)): Promise<{ fileName: string; code: string }> {
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' })
  if (/^\s*import\b/m.test(code)) throw new Error(`${SOURCE} must import nothing: it runs as a classic script before the page paints`)
  const body = code.replace(/^export /gm, '').replace(/^\/\/# sourceMappingURL=.*$/m, '')
  const script = `(() => {\n${body}\n${CALLS.join(';\n')};\n})()\n`
  const hash = createHash('sha256').update(script).digest('base64url').slice(0, 8)
  return { fileName: `${BEFORE_PAINT_PREFIX}${hash}.js`, code: script }
}
