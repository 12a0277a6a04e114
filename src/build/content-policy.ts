import type { Plugin } from 'vite'

/**
 * What the built site may load and run: only its own scripts (no inline script runs; the
 * page state is JSON data, src/lib/page-state), styles, workers and data. Every page carries
 * the policy in a `<meta>` element, for static hosts without header control; hosts that read
 * a `_headers` file (Netlify, Cloudflare Pages) also get it as headers, with what a `<meta>`
 * element cannot say (frame-ancestors, the other security headers). The README shows the same
 * for nginx and Caddy. No style attributes are needed: the few positions the app sets at run
 * time (popovers, virtualised rows) go through the CSSOM, which the policy does not restrict.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  // Nothing here uses these; sharing, the clipboard and speech stay allowed for the site itself.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
}

/** Files whose names carry a content hash: they never change, so they are cached for good. */
const IMMUTABLE = ['/assets/*', '/data/*']

export function contentPolicyPlugin(): Plugin {
  return {
    name: 'broadsheet:content-policy',
    // Only the build: the dev server's own inline scripts (React refresh) would be refused.
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      // Right after the charset, before any script or style the policy governs.
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html)
        if (!charset) throw new Error('index.html needs a <meta charset> first in its head')
        const at = charset.index + charset[0].length
        const policy = `\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />\n    <meta name="referrer" content="${SECURITY_HEADERS['Referrer-Policy'] ?? ''}" />`
        return html.slice(0, at) + policy + html.slice(at)
      },
    },
    generateBundle() {
      if (this.environment.name !== 'client') return
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() })
    },
  }
}

/** The `_headers` format: a path pattern, then its headers indented beneath it. */
export function headersFile(): string {
  const block = (pattern: string, headers: Record<string, string>) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')
  return `${[block('/*', SECURITY_HEADERS), ...IMMUTABLE.map((pattern) => block(pattern, { 'Cache-Control': 'public, max-age=31536000, immutable' }))].join('\n\n')}\n`
}
