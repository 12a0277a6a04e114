/**
 * The state a prerendered page hands the app in the browser, and its format: the build
 * writes it as JSON in a `<script type="application/json">` element (data, never executed,
 * so pages can ship with `script-src 'self'`), and the browser reads it with JSON.parse.
 * Writer and reader live here side by side.
 */
export type PageState = {
  /** The path the page was rendered for: a host may serve it for another (a 404 page, say). */
  path: string
  /** What the router starts from, so hydration renders what the build rendered. */
  router: {
    loaderData: Record<string, unknown>
    actionData: Record<string, unknown> | null
    errors: Record<string, unknown> | null
  }
}

export const PAGE_STATE_ELEMENT_ID = 'page-state'

/** The element that carries the state, ready to put in a page. */
export function pageStateElement(state: PageState): string {
  return `<script type="application/json" id="${PAGE_STATE_ELEMENT_ID}">${scriptSafeJson(state)}</script>`
}

/**
 * JSON that can sit inside a script element: every `<` is escaped, so no text (`</script>`,
 * `<!--`) can end the element or change how it is parsed, and the line separators that old
 * JavaScript parsers choke on are escaped too. JSON.parse reads it back unchanged.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** The page's state, or undefined when the page has none or it is not what the build writes. */
export function readPageState(document: Document): PageState | undefined {
  const text = document.getElementById(PAGE_STATE_ELEMENT_ID)?.textContent
  if (!text) return undefined
  try {
    return parsePageState(text)
  } catch {
    return undefined
  }
}

export function parsePageState(json: string): PageState | undefined {
  const value = JSON.parse(json) as unknown
  if (!isRecord(value) || typeof value.path !== 'string' || !isRecord(value.router) || !isRecord(value.router.loaderData)) return undefined
  return value as PageState
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
