import { createHash } from 'node:crypto'
import { EDITION_FILE } from '../lib/edition/edition.ts'

/**
 * What the built site may load and run: only its own scripts (no inline script runs; the page
 * state is JSON data, src/lib/page-state), workers and data, and its own styles: the site's
 * stylesheet, which every page carries inline (for its first paint), allowed by its hash.
 * Images may also be `blob:` URLs: the pictures "Share as image" draws in the page.
 * Every page carries the policy in a `<meta>` element, for static hosts without header control;
 * hosts that read a `_headers` file (Netlify, Cloudflare Pages) also get it as a header, with what
 * a `<meta>` element cannot say (frame-ancestors, the other security headers). No style
 * attributes are needed: the few positions the app sets at run time (popovers, virtualised
 * rows) go through the CSSOM, which the policy does not restrict.
 */
export const BASE_POLICY = "default-src 'self'; script-src 'self'; img-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'"

export function contentSecurityPolicy(inlineStyles: Iterable<string>): string {
  const hashes = [...inlineStyles].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`)
  return hashes.length === 0 ? BASE_POLICY : `${BASE_POLICY}; style-src 'self' ${hashes.join(' ')}`
}

export function securityHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    // Nothing here uses these; sharing, the clipboard and speech stay allowed for the site itself.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  }
}

/** Files whose names carry a content hash: they never change, so they are cached for good. */
const IMMUTABLE = ['/assets/*', '/data/*', '/cards/*']

/** The `_headers` format: a path pattern, then its headers indented beneath it. */
export function headersFile(policy: string): string {
  const block = (pattern: string, headers: Record<string, string>) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')
  const immutable = IMMUTABLE.map((pattern) => block(pattern, { 'Cache-Control': 'public, max-age=31536000, immutable' }))
  // Same name, new content with each edition: asked again every time (a 304 when unchanged).
  const edition = block(`/${EDITION_FILE}`, { 'Cache-Control': 'no-cache' })
  return `${[block('/*', securityHeaders(policy)), ...immutable, edition].join('\n\n')}\n`
}
