import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Resvg } from '@resvg/resvg-js'
import satori, { type Font } from 'satori'
import { startsRightToLeft } from '../../lib/text-direction.ts'
import { CARD_HEIGHT, CARD_WIDTH, headlineLayout, SAFE_AREA } from './card-layout.ts'

/**
 * Draws a link-preview card, 1200×630 PNG: satori lays out the text (wrapping, font fallback,
 * emoji as pictures) into an SVG, resvg paints it. Node only: it reads fonts from node_modules.
 */
export type CardContent = {
  /** The big line: an article's headline, or the site's own line for its pages. */
  headline: string
  /** Under it: dateline and date for an article, a description for the site. */
  details: string
  /** The site's name, as the masthead. */
  siteName: string
  /** The site's host, printed at the foot so a card says where it leads. */
  siteHost: string
}

const PAPER = '#fbfaf6'
const INK = '#1c1b19'
const MUTED = '#5a564e'
const ACCENT = '#a3161a'
const RULE = '#1c1b19'

const require = createRequire(import.meta.url)
const fontFile = (specifier: string) => readFileSync(require.resolve(specifier))

let fonts: Font[] | undefined

/** Source Serif 4 for Latin text (with its extended set for names like Łódź), Noto Serif Hebrew for Hebrew. */
function loadFonts(): Font[] {
  fonts ??= [
    ...(['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map((weight) => ({
        // One name per subset: satori takes the first font of a name and weight, and falls
        // back through the family list for a glyph it lacks.
        name: subset === 'latin' ? 'Source Serif 4' : 'Source Serif 4 Extended',
        data: fontFile(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`),
        weight,
        style: 'normal' as const,
      })),
    ),
    ...([400, 700] as const).map((weight) => ({
      name: 'Noto Serif Hebrew',
      data: fontFile(`@fontsource/noto-serif-hebrew/files/noto-serif-hebrew-hebrew-${weight}-normal.woff`),
      weight,
      style: 'normal' as const,
    })),
  ]
  return fonts
}

export async function renderCard(content: CardContent): Promise<Buffer> {
  const svg = await satori(cardElement(content), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
    loadAdditionalAsset: (code, segment) => Promise.resolve(code === 'emoji' ? emojiImage(segment) : []),
  })
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng()
}

type Style = Record<string, string | number>
type Element = { type: 'div'; key: null; props: { style: Style; children: (Element | string)[] } }

/** An element as satori reads it without React (its "use without JSX" form): a div, its style, its children. */
const element = (type: 'div', style: Style, ...children: (Element | string)[]): Element => ({ type, key: null, props: { style, children } })

function cardElement({ headline, details, siteName, siteHost }: CardContent): Element {
  return element(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: PAPER,
      color: INK,
      fontFamily: 'Source Serif 4, Source Serif 4 Extended, Noto Serif Hebrew',
      boxSizing: 'border-box',
      paddingTop: SAFE_AREA.top,
      paddingRight: CARD_WIDTH - SAFE_AREA.right,
      paddingBottom: CARD_HEIGHT - SAFE_AREA.bottom,
      paddingLeft: SAFE_AREA.left,
    },
    // The nameplate: the site's name over a heavy rule and a hairline, as on a front page.
    element(
      'div',
      { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', borderBottom: `6px solid ${RULE}`, paddingBottom: 10 },
      element('div', { fontSize: 40, fontWeight: 700, letterSpacing: -0.5 }, siteName),
      element('div', { fontSize: 24, color: MUTED, paddingBottom: 4 }, siteHost),
    ),
    element('div', { height: 2, backgroundColor: RULE, marginTop: 4 }),
    element('div', { display: 'flex', flexGrow: 1, alignItems: 'center' }, headlineElement(headline)),
    element(
      'div',
      { display: 'flex', alignItems: 'center', borderTop: `2px solid ${RULE}`, paddingTop: 14, fontSize: 28, color: MUTED },
      element('div', { width: 14, height: 14, backgroundColor: ACCENT, marginRight: 14 }),
      details,
    ),
  )
}

function headlineElement(headline: string): Element {
  const layout = headlineLayout(headline)
  const style = {
    width: '100%',
    fontSize: layout.fontSize,
    lineHeight: `${layout.lineHeight}px`,
    maxHeight: layout.lineHeight * layout.lines,
    overflow: 'hidden',
    fontWeight: 700,
    letterSpacing: -0.5,
  }
  if (!startsRightToLeft(layout.text)) return element('div', { ...style, display: 'block', lineClamp: layout.lines }, layout.text)
  // satori lays out lines left to right only: for a right-to-left headline each word is a
  // box, and the boxes flow from the right edge. (A run of several left-to-right words inside
  // such a headline would read in reverse order; news headlines rarely have one.)
  const words = layout.text.split(' ').map((word) => element('div', { display: 'flex' }, word))
  return element('div', { ...style, display: 'flex', flexDirection: 'row-reverse', flexWrap: 'wrap', columnGap: layout.fontSize * 0.28 }, ...words)
}

/** An emoji as a picture (Twemoji's SVG), since no font here draws emoji. */
function emojiImage(segment: string): string {
  const codePoints: string[] = []
  for (const character of segment) codePoints.push(character.codePointAt(0)?.toString(16) ?? '')
  // Twemoji names most files without the presentation selector (U+FE0F).
  for (const name of [codePoints.join('-'), codePoints.filter((point) => point !== 'fe0f').join('-')]) {
    try {
      return `data:image/svg+xml;base64,${fontFile(`@twemoji/svg/${name}.svg`).toString('base64')}`
    } catch {
      // Not under this name: try the next.
    }
  }
  return ''
}
