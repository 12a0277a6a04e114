/**
 * Wire copy has no headline, so one is cut from the lede: the longest opening that ends
 * at a clause boundary and fits a headline's length. Pure, shared by build and tests.
 */
export const HEADLINE_MAX = 90
const HEADLINE_MIN = 30
const DEK_MAX = 240

// Where a clause ends, strongest first. Each cut keeps the words before the match.
const BOUNDARIES: RegExp[] = [
  /[,;:](?= )| [—–] /g,
  / (?:who|which|that|while|after|before|because|as|when|where|but|and|amid|despite|following|since|until|although) /g,
  / (?:for|in|on|at|with|to|from|by|over|into|during|against|about|of) /g,
]

export function deriveHeadline(lede: string): string {
  const sentence = firstSentence(lede)
  if (sentence.length <= HEADLINE_MAX) return trimTrailingPunctuation(sentence)

  for (const boundary of BOUNDARIES) {
    const cut = lastCutWithin(sentence, boundary)
    if (cut !== undefined) return trimTrailingPunctuation(sentence.slice(0, cut))
  }
  return `${cutAtWord(sentence, HEADLINE_MAX - 1)}…`
}

/** The summary under a headline: the lede's first sentence, kept to a readable length. */
export function deriveDek(lede: string): string {
  const sentence = firstSentence(lede)
  return sentence.length <= DEK_MAX ? sentence : `${cutAtWord(sentence, DEK_MAX - 1)}…`
}

function lastCutWithin(text: string, boundary: RegExp): number | undefined {
  let best: number | undefined
  for (const match of text.matchAll(boundary)) {
    if (match.index > HEADLINE_MAX) break
    if (match.index >= HEADLINE_MIN) best = match.index
  }
  return best
}

/** Ends at the first `. ` that is not an initial or abbreviation (`D.C.`, `U.S.`, `Mr.`). */
function firstSentence(text: string): string {
  const end = /(?<![A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Jr|Sr|No|vs))[.!?][”"’]?(?= [A-Z“"])/u.exec(text)
  return end ? text.slice(0, end.index + end[0].length) : text
}

function cutAtWord(text: string, max: number): string {
  const slice = text.slice(0, max + 1)
  const lastSpace = slice.lastIndexOf(' ')
  return trimTrailingPunctuation(lastSpace > 0 ? slice.slice(0, lastSpace) : text.slice(0, max))
}

function trimTrailingPunctuation(text: string): string {
  return text.replace(/[\s,;:—–-]+$/u, '').replace(/(?<![A-Z])\.$/u, '')
}
