import ogs from 'open-graph-scraper'
import { PNG } from 'pngjs'
import { structuredDataTest, type StructuredDataReport } from 'structured-data-testing-tool'
import presets from 'structured-data-testing-tool/presets.js'
import { expect, test } from './fixtures'

// The scraper's own URL checks (its defaults), but for a host without a top-level domain: the
// test server is at localhost.
const urlValidatorSettings = {
  allow_fragments: true,
  allow_protocol_relative_urls: false,
  allow_query_components: true,
  allow_trailing_dot: false,
  allow_underscores: false,
  protocols: ['http', 'https'],
  require_host: true,
  require_port: false,
  require_protocol: true,
  require_tld: false,
  require_valid_protocol: true,
  validate_length: true,
}
import { ARTICLE } from './highlight-helpers'

// What a chat app or social site does with a pasted link: it reads the page's head from the
// static server (no JavaScript) and fetches the image it names.
test.describe('a pasted link unfurls with a picture card', () => {
  test('a link-preview client reads the article\'s card, a 1200×630 PNG the static server serves', async ({ baseURL, request }) => {
    const { result, error } = await ogs({ url: new URL(ARTICLE, baseURL).href, urlValidatorSettings })
    expect(error).toBe(false)
    expect(result.ogTitle).toBe('Kim Jong Un held the first public commemoration for North Korean troops')
    expect(result.twitterCard).toBe('summary_large_image')
    const image = result.ogImage?.[0]
    expect(image?.url).toMatch(/^http:\/\/localhost:\d+\/cards\/[\w-]+\.png$/)
    expect(image?.width).toBe('1200')
    expect(image?.height).toBe('630')

    const response = await request.get(image?.url ?? '')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    const png = PNG.sync.read(await response.body())
    expect([png.width, png.height]).toEqual([1200, 630])
  })

  test('the structured-data tester\'s Twitter and Facebook presets pass on an article and on the list', async ({ baseURL }) => {
    for (const path of [ARTICLE, '/']) {
      const report = await structuredDataTest(new URL(path, baseURL).href, { presets: [presets.Twitter, presets.Facebook] }).catch((error: unknown) => failedReport(error))
      expect(report.failed.map((failure) => failure.description), path).toEqual([])
    }
  })
})

/** The tester rejects with its report when a test fails, and with an error when it cannot test. */
function failedReport(error: unknown): Pick<StructuredDataReport, 'failed'> {
  if (typeof error === 'object' && error !== null && 'res' in error) return error.res as StructuredDataReport
  return { failed: [{ description: String(error) }] }
}
