import { layoutQuoteCard, QUOTE_CARD_COLORS, type QuoteCardShape, type QuoteCardText, type QuoteCardTheme } from './quote-card-layout'

/** Draws a passage's picture card on a canvas, in the page's own serif, and gives it as a PNG. */
export async function drawQuoteCard(text: QuoteCardText, shape: QuoteCardShape, theme: QuoteCardTheme): Promise<Blob> {
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot draw pictures (no canvas)')
  const measure = (line: string, font: string) => {
    context.font = font
    return context.measureText(line).width
  }
  const layout = layoutQuoteCard(text, shape, measure)
  const colors = QUOTE_CARD_COLORS[theme]
  canvas.width = layout.width
  canvas.height = layout.height
  context.fillStyle = colors.paper
  context.fillRect(0, 0, layout.width, layout.height)
  context.fillStyle = colors.accent
  context.fillRect(layout.rule.x, layout.rule.y, 96, 6)
  context.textBaseline = 'alphabetic'
  for (const line of layout.lines) {
    context.font = line.font
    context.fillStyle = colors[line.color]
    context.textAlign = line.align
    context.direction = line.direction
    context.fillText(line.text, line.x, line.y)
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob)
      else reject(new Error('The picture could not be made'))
    }, 'image/png')
  })
}
