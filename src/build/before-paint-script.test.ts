// @vitest-environment happy-dom
import { runInThisContext } from 'node:vm'
import { expect, it } from 'vitest'
import { READING_SETTINGS_KEY } from '../features/reading-settings/apply-stored-settings'
import { buildScript } from './before-paint-script'

it('builds a classic script, named by its content, that applies the stored settings when run', async () => {
  const { fileName, code } = await buildScript()
  expect(fileName).toMatch(/^assets\/before-paint-[\w-]{8}\.js$/)
  expect(code).not.toMatch(/^\s*(import|export)\b/m)
  localStorage.setItem(READING_SETTINGS_KEY, JSON.stringify({ theme: 'sepia', textSize: 'l' }))
  // The page runs it as a classic script, in the global scope.
  runInThisContext(code)
  expect(document.documentElement.dataset).toMatchObject({ theme: 'sepia', textSize: 'l' })
  expect((await buildScript()).fileName).toBe(fileName)
})
