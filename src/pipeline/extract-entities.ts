import nlp from 'compromise'

/**
 * People, places, organisations and attributed quotes of one article, extracted at build
 * time. Pure (no Node, no DOM): the build may run it in worker threads.
 *
 * compromise types the entities (src/docs/decisions/001-entity-extraction.md says why, with
 * the numbers). By default it is not run on whole sentences but on the article's capitalised
 * runs ("Russian President Vladimir Putin", "Stimson Center", "Kursk region"), all new runs
 * of an article in one compromise call: several times cheaper, and a run's result depends
 * only on the run's text, so it is cached across articles without changing any output. The rules
 * below then turn compromise's spans into canonical names; each is small and general:
 *
 * 1. Clean a span: typographic and straight apostrophes are unified (’); a possessive
 *    (’s, s’) and edge punctuation are stripped; a leading "the" is dropped; lower-case
 *    words at either end are dropped ("Kursk region" → "Kursk"); a span is split at commas,
 *    and a person or place span also at "and"/"&" ("Kim and Russian President Vladimir
 *    Putin" → "Kim", "Vladimir Putin"). A lower-case word inside (other than connectors such
 *    as "of", "de", "van", "bin") means it is not a name.
 * 2. People: leading titles (TITLES: "President", "leader", "Mr.", "Foreign Minister" …) and
 *    demonyms ("Russian") are dropped. What remains must look like a name: 1–5 capitalised
 *    words (name particles such as "de", "van", "bin" allowed inside), no digits, no demonym,
 *    no month or weekday. compromise splits some names ("President Vladimir" + "Putin’s")
 *    or stops early ("Kim Jong" + "Un", which it tags as a verb): person spans separated
 *    only by a space are joined, and the capitalised word right after a person span joins it
 *    unless compromise tags it as a place, organisation, date, number, title, demonym or
 *    common noun (an unknown proper noun joins only right after a first name: "President
 *    Aaron Rinvebe’s"). A "person" whose last word is one of compromise's organisation words
 *    ("Selma Foundation", "Lulu Council") is an organisation.
 * 3. A shorter name whose words begin or end a longer person name of the same article is
 *    that person ("Kim", "Kim Jong" → "Kim Jong Un"; "Putin" → "Vladimir Putin"). If it could
 *    be two different people, it is dropped.
 * 4. Places: leading demonyms are dropped ("Russian Kursk region" → "Kursk"); a place followed
 *    by an initialism such as ", D.C." keeps it ("Washington, D.C."), and a bare "Washington"
 *    (or "D.C.", or "Calif" of a "Cupertino, Calif." dateline) in the same article then means it. A demonym or its plural anywhere in the text
 *    ("North Korean", "Russians") is a mention of its country (DEMONYMS, a small table).
 * 5. The dateline is a place: upper-case words are title-cased (SEOUL → Seoul); "CITY, Region"
 *    is two places ("KYIV, Ukraine" → Kyiv, Ukraine) unless the region is an abbreviation
 *    ("WASHINGTON, D.C." → Washington, D.C.).
 * 6. Organisations: a leading "the" is dropped; the name must start and end with a capital
 *    ("State media" is not an organisation called "State").
 * 7. A name typed as more than one kind in one article keeps the kind it was given most
 *    often (ties: person, then organisation, then place).
 * 8. Quotes: a “…” (or "…") passage in a paragraph is attributed when a speech verb (SPEECH_VERBS)
 *    is next to it: after it (“…,” he said / “…,” said Michael Madden / “…,” Madden said) or
 *    just before it (Madden said: “…”). The text is the passage without its quotation marks
 *    and without the comma that hands over to the attribution. The speaker phrase must be a person of the article;
 *    "he"/"she" is the most recent full (two-word or longer) person name before the quote in
 *    the same paragraph, else the last in the previous paragraph (else the most recent shorter
 *    mention). Anything else ("it read", "the ministry said", "they said") is not a person's
 *    quote and is skipped. Names inside quoted passages are never speakers.
 */
export type ArticleEntities = {
  /** Canonical display names, sorted, unique, e.g. `Kim Jong Un`. */
  people: string[]
  /** E.g. `North Korea`, `Seoul`, `Washington, D.C.`. */
  places: string[]
  /** E.g. `Stimson Center`. */
  organisations: string[]
  /** In article order; `speaker` is a name in `people`. */
  quotes: { text: string; speaker: string }[]
}

export type ArticleText = {
  headline: string
  caption?: string
  dateline?: string
  paragraphs: readonly string[]
}

/**
 * `runs` (the default) gives compromise only the article's capitalised runs, cached by run;
 * `full-text` gives it the whole text. `full-text` is the slow reference the default is
 * measured against (same results on the seed and on 99–100% of the benchmark articles);
 * both go through the same rules.
 */
export type Tagging = 'runs' | 'full-text'

export function extractEntities(article: ArticleText, options: { tagging?: Tagging } = {}): ArticleEntities {
  const texts = [article.headline, article.caption ?? '', ...article.paragraphs]
  const tagged = options.tagging === 'full-text' ? tagFullText(texts) : tagRuns(texts)
  const mentions = tagged.flatMap(toNames)

  const people = canonicalPeople(mentions.filter((m) => m.kind === 'person').map((m) => m.name))
  const places = canonicalPlaces([
    ...mentions.filter((m) => m.kind === 'place').map((m) => m.name),
    ...texts.flatMap(demonymCountries),
    ...(article.dateline === undefined ? [] : datelinePlaces(article.dateline)),
  ])
  const counts = new Map<string, Record<Kind, number>>()
  const count = (kind: Kind, name: string) => {
    const entry = counts.get(name) ?? { person: 0, organisation: 0, place: 0 }
    entry[kind] += 1
    counts.set(name, entry)
  }
  for (const name of people.names) count('person', people.canonical.get(name) ?? name)
  for (const name of places.names) count('place', places.canonical.get(name) ?? name)
  for (const m of mentions) if (m.kind === 'organisation') count('organisation', m.name)

  const result: ArticleEntities = { people: [], places: [], organisations: [], quotes: [] }
  const listOf = { person: result.people, place: result.places, organisation: result.organisations }
  for (const [name, byKind] of counts) listOf[dominantKind(byKind)].push(name)
  for (const list of Object.values(listOf)) list.sort((a, b) => a.localeCompare(b, 'en'))

  const personForms = personMentionForms(people, new Set(result.people))
  result.quotes = extractQuotes(article.paragraphs, personForms)
  return result
}

type Kind = 'person' | 'place' | 'organisation'

function dominantKind(byKind: Record<Kind, number>): Kind {
  const order: Kind[] = ['person', 'organisation', 'place']
  return order.reduce((best, kind) => (byKind[kind] > byKind[best] ? kind : best))
}

// ---------------------------------------------------------------------------------------
// Tagging: compromise finds typed spans; offsets are into the text given.

type Span = { kind: Kind; start: number; end: number }
/** A typed span as written, plus the few characters after it (for ", D.C."). */
type Mention = { kind: Kind; surface: string; following: string }

/** One compromise document for the whole article; a blank line always ends a sentence. */
function tagFullText(texts: readonly string[]): Mention[] {
  const text = texts.join('\n\n')
  return toMentions(text, 0, compromiseSpans(text))
}

/**
 * Run results by run text; a pure function of the key, so the cache cannot change output.
 * About 0.5 kB an entry, so at most ~50 MB; when full it is emptied and refills with what
 * recurs (a news corpus adds ~5 new runs an article).
 */
const runCache = new Map<string, readonly Span[]>()
const RUN_CACHE_LIMIT = 100_000

function tagRuns(texts: readonly string[]): Mention[] {
  const runs = texts.flatMap((text) => capitalisedRuns(text).map((run) => ({ text, start: run.start, key: text.slice(run.start, run.end) })))
  const keys = [...new Set(runs.map((run) => run.key))]
  // Emptied before this article's runs are looked up, never between: emptied after (as it
  // once was), the runs found cached a moment earlier were gone, and the article lost their
  // names (8 of 100,000 articles, differing with the order articles were extracted in).
  if (runCache.size + keys.length > RUN_CACHE_LIMIT) runCache.clear()
  typeRuns(keys.filter((key) => !runCache.has(key)))
  return runs.flatMap((run) => toMentions(run.text, run.start, runCache.get(run.key) ?? []))
}

/**
 * Alone, a run reads as the start of a sentence, where compromise ignores capitals ("Skibe
 * Foundation" → verb + noun); after a neutral word it reads as mid-sentence ("by Skibe
 * Foundation" → organisation). The word is always the same, so the cache key stays the run.
 */
const RUN_PREFIX = 'by '

/**
 * Types new runs in one compromise document, a run per line: one document costs much less
 * than one per run, and compromise tags each line on its own, so each run's result is the
 * same as if it were typed alone (checked on 9,203 distinct runs; see the decision record).
 * Should compromise not read the lines as exactly one sentence each, every run is typed alone.
 */
function typeRuns(keys: readonly string[]): void {
  if (keys.length === 0) return
  const lines = keys.map((key) => RUN_PREFIX + key)
  const { spans, terms, sentenceStarts } = readDocument(lines.join('\n'))
  const lineStarts: number[] = []
  let offset = 0
  for (const line of lines) {
    lineStarts.push(offset)
    offset += line.length + 1
  }
  const aligned = sentenceStarts.join() === lineStarts.join()
  keys.forEach((key, i) => {
    const alone = aligned ? undefined : readDocument(RUN_PREFIX + key)
    const start = (aligned ? (lineStarts[i] ?? 0) : 0) + RUN_PREFIX.length
    const end = start + key.length
    const local = <T extends { start: number; end: number }>(items: readonly T[]): T[] =>
      items.filter((item) => item.start >= start && item.end <= end).map((item) => ({ ...item, start: item.start - start, end: item.end - start }))
    runCache.set(key, joinPersonParts(local(alone?.spans ?? spans), local(alone?.terms ?? terms), key))
  })
}

function toMentions(text: string, offset: number, spans: readonly Span[]): Mention[] {
  return spans.map((span) => {
    const end = offset + span.end
    return { kind: span.kind, surface: text.slice(offset + span.start, end), following: text.slice(end, end + 12) }
  })
}

/** Tags that stop a capitalised word from extending a person's name (rule 2). */
const NOT_A_NAME_PART = new Set(['Place', 'Organization', 'Date', 'Value', 'Honorific', 'Demonym', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction'])

function compromiseSpans(text: string): Span[] {
  const { spans, terms } = readDocument(text)
  return joinPersonParts(spans, terms, text)
}

/** compromise's people, places and organisations in `text`, its terms, and where its sentences start. */
function readDocument(text: string): { spans: Span[]; terms: Term[]; sentenceStarts: number[] } {
  const doc = nlp(text)
  const spans: Span[] = [
    ...readOffsets(doc.people().json({ offset: true })).map((o) => ({ kind: 'person' as const, ...o })),
    ...readOffsets(doc.places().json({ offset: true })).map((o) => ({ kind: 'place' as const, ...o })),
    ...readOffsets(doc.organizations().json({ offset: true })).map((o) => ({ kind: 'organisation' as const, ...o })),
  ]
  const sentences: unknown = doc.json({ offset: true })
  return { spans, terms: readTerms(sentences), sentenceStarts: readOffsets(sentences).map((o) => o.start) }
}

type Term = { start: number; end: number; text: string; tags: readonly string[] }

function joinPersonParts(spans: Span[], terms: Term[], text: string): Span[] {
  const people = spans.filter((s) => s.kind === 'person').sort((a, b) => a.start - b.start)
  const joined: Span[] = []
  for (const span of people) {
    const last = joined.at(-1)
    if (last && span.start >= last.end && /^\s*$/.test(text.slice(last.end, span.start))) last.end = span.end
    else joined.push({ ...span })
  }
  for (const span of joined) {
    for (;;) {
      const next = terms.find((t) => t.start >= span.end)
      const endsInLetter = /[\p{L}\p{M}]$/u.test(text.slice(0, span.end))
      if (!next || !endsInLetter || text.slice(span.end, next.start) !== ' ') break
      if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(next.text) || next.tags.some((t) => NOT_A_NAME_PART.has(t))) break
      // A common noun never continues a name; an unknown proper noun does after a first name.
      const afterFirstName = terms.findLast((t) => t.start < span.end)?.tags.includes('FirstName') === true
      const word = next.text.toLowerCase()
      const unknownProperNoun = next.tags.includes('ProperNoun') && !ORG_WORDS.has(word) && !PLACE_WORDS.has(word)
      if (next.tags.includes('Noun') && !(afterFirstName && unknownProperNoun)) break
      span.end = next.end
    }
  }
  return [...joined, ...spans.filter((s) => s.kind !== 'person')]
}

function readOffsets(json: unknown): { start: number; end: number }[] {
  if (!Array.isArray(json)) return []
  return json.flatMap((item: unknown) => {
    const offset = field(item, 'offset')
    const start = field(offset, 'start')
    const length = field(offset, 'length')
    return typeof start === 'number' && typeof length === 'number' ? [{ start, end: start + length }] : []
  })
}

function readTerms(json: unknown): Term[] {
  if (!Array.isArray(json)) return []
  return json.flatMap((sentence: unknown) => {
    const terms = field(sentence, 'terms')
    if (!Array.isArray(terms)) return []
    return terms.flatMap((term: unknown) => {
      const text = field(term, 'text')
      const tags = field(term, 'tags')
      const start = field(field(term, 'offset'), 'start')
      if (typeof text !== 'string' || typeof start !== 'number' || !Array.isArray(tags)) return []
      return [{ start, end: start + text.length, text, tags: tags.filter((t: unknown) => typeof t === 'string') }]
    })
  })
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}

// ---------------------------------------------------------------------------------------
// Capitalised runs: the only text the default tagging gives compromise.

type Token = { start: number; end: number; text: string }

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.-](?=[\p{L}\p{N}]))*/gu
/** Abbreviations whose full stop belongs to the word ("Mr. Putin", "St. Louis"). */
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Mt', 'Ft', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Maj', 'Rev', 'Prof', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd'])
/** Lower-case words that may sit between the capitalised words of one name. */
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y'])
/** Of those, the ones that may sit inside a person's name ("Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y'])

/** compromise's own generic organisation and place nouns ("institute", "region"). */
const ORG_WORDS = compromiseWordList('orgWords')
const PLACE_WORDS = compromiseWordList('placeWords')

function compromiseWordList(table: string): ReadonlySet<string> {
  const words = field(field(nlp.model(), 'two'), table)
  return new Set(typeof words === 'object' && words !== null ? Object.keys(words) : [])
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)
}

function tokens(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (match) => {
    const start = match.index
    let end = start + match[0].length
    if (text[end] === '.' && isAbbreviation(match[0])) end += 1
    return { start, end, text: text.slice(start, end) }
  })
}

/**
 * Maximal runs of capitalised words joined by single spaces (connectors allowed between
 * two capitalised words). A possessive ends a run. A generic place noun right after a run
 * is given to compromise with it, so "Kursk region" reads as a place.
 */
function capitalisedRuns(text: string): { start: number; end: number }[] {
  const words = tokens(text)
  const runs: { start: number; end: number }[] = []
  const joins = (a: Token, b: Token | undefined): b is Token => b !== undefined && /^[^\S\n\r]+$/u.test(text.slice(a.end, b.start))
  const isPossessive = (word: Token) => /['’]s$/.test(word.text)
  let i = 0
  while (i < words.length) {
    const first = words[i]
    if (!first || !isCapitalised(first.text)) {
      i += 1
      continue
    }
    let last = i
    for (;;) {
      const current = words[last]
      const next = words[last + 1]
      if (!current || isPossessive(current) || !joins(current, next)) break
      if (isCapitalised(next.text)) {
        last += 1
        continue
      }
      const after = words[last + 2]
      if (CONNECTORS.has(next.text) && joins(next, after) && isCapitalised(after.text)) {
        last += 2
        continue
      }
      break
    }
    const lastWord = words[last] ?? first
    const cue = words[last + 1]
    const end = !isPossessive(lastWord) && joins(lastWord, cue) && PLACE_WORDS.has(cue.text) ? cue.end : lastWord.end
    // A possessive is left out: compromise reads "Rinvebe’s" worse than "Rinvebe", and the
    // cache then serves "Russia’s" and "Russia" alike.
    runs.push({ start: first.start, end: isPossessive(lastWord) ? end - 2 : end })
    i = last + 1
  }
  return runs
}

// ---------------------------------------------------------------------------------------
// Cleaning spans into names (rules 1, 2, 4, 6).

type Named = { kind: Kind; name: string }

/** Dropped from the front of a person's name, compared lower-case without a full stop. */
const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emperor',
  'pope', 'sheikh', 'leader', 'chairman', 'chairwoman', 'chair', 'chief', 'secretary', 'state', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'senator', 'sen', 'representative', 'rep', 'governor', 'gov', 'mayor', 'general',
  'gen', 'colonel', 'col', 'lieutenant', 'lt', 'sergeant', 'sgt', 'admiral', 'adm', 'commander', 'captain', 'capt',
  'major', 'maj', 'judge', 'justice', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'director', 'professor',
  'prof', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'former', 'acting', 'deputy',
  'supreme', 'first', 'executive', 'officer', 'ceo', 'secretary-general',
])
const CALENDAR = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
])

/** Demonym → country. Plurals add "s" ("Russians"), except demonyms ending in -sh, -ch, -ese, -ss. */
const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['Afghan', 'Afghanistan'], ['Albanian', 'Albania'], ['Algerian', 'Algeria'], ['American', 'United States'],
  ['Argentine', 'Argentina'], ['Armenian', 'Armenia'], ['Australian', 'Australia'], ['Austrian', 'Austria'],
  ['Azerbaijani', 'Azerbaijan'], ['Belarusian', 'Belarus'], ['Belgian', 'Belgium'], ['Brazilian', 'Brazil'],
  ['British', 'Britain'], ['Bulgarian', 'Bulgaria'], ['Canadian', 'Canada'], ['Chilean', 'Chile'], ['Chinese', 'China'],
  ['Colombian', 'Colombia'], ['Croatian', 'Croatia'], ['Cuban', 'Cuba'], ['Czech', 'Czech Republic'], ['Danish', 'Denmark'],
  ['Dutch', 'Netherlands'], ['Egyptian', 'Egypt'], ['Estonian', 'Estonia'], ['Ethiopian', 'Ethiopia'], ['Filipino', 'Philippines'],
  ['Finnish', 'Finland'], ['French', 'France'], ['Georgian', 'Georgia'], ['German', 'Germany'], ['Greek', 'Greece'],
  ['Hungarian', 'Hungary'], ['Indian', 'India'], ['Indonesian', 'Indonesia'], ['Iranian', 'Iran'], ['Iraqi', 'Iraq'],
  ['Irish', 'Ireland'], ['Israeli', 'Israel'], ['Italian', 'Italy'], ['Japanese', 'Japan'], ['Jordanian', 'Jordan'],
  ['Kazakh', 'Kazakhstan'], ['Kenyan', 'Kenya'], ['Latvian', 'Latvia'], ['Lebanese', 'Lebanon'], ['Libyan', 'Libya'],
  ['Lithuanian', 'Lithuania'], ['Mexican', 'Mexico'], ['Moldovan', 'Moldova'], ['Moroccan', 'Morocco'], ['Nigerian', 'Nigeria'],
  ['North Korean', 'North Korea'], ['Norwegian', 'Norway'], ['Pakistani', 'Pakistan'], ['Peruvian', 'Peru'], ['Polish', 'Poland'],
  ['Portuguese', 'Portugal'], ['Romanian', 'Romania'], ['Russian', 'Russia'], ['Saudi', 'Saudi Arabia'], ['Serbian', 'Serbia'],
  ['Slovak', 'Slovakia'], ['South African', 'South Africa'], ['South Korean', 'South Korea'], ['Spanish', 'Spain'],
  ['Sudanese', 'Sudan'], ['Swedish', 'Sweden'], ['Swiss', 'Switzerland'], ['Syrian', 'Syria'], ['Taiwanese', 'Taiwan'],
  ['Thai', 'Thailand'], ['Turkish', 'Turkey'], ['Ukrainian', 'Ukraine'], ['Venezuelan', 'Venezuela'], ['Vietnamese', 'Vietnam'],
  ['Yemeni', 'Yemen'],
])
const DEMONYM_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${[...DEMONYMS.keys()].sort((a, b) => b.length - a.length).join('|')})(s?)(?![\p{L}\p{N}])`,
  'gu',
)

function demonymCountry(words: readonly string[]): { country: string; length: number } | undefined {
  for (const length of [2, 1]) {
    if (words.length < length) continue
    const phrase = words.slice(0, length).join(' ')
    const country = DEMONYMS.get(phrase) ?? (hasPlural(phrase.slice(0, -1)) && phrase.endsWith('s') ? DEMONYMS.get(phrase.slice(0, -1)) : undefined)
    if (country !== undefined) return { country, length }
  }
  return undefined
}

function hasPlural(demonym: string): boolean {
  return !/(?:sh|ch|ese|ss)$/.test(demonym)
}

/** Rule 4: every demonym (or its plural) in a text is a mention of its country. */
function demonymCountries(text: string): string[] {
  return Array.from(text.matchAll(DEMONYM_PATTERN)).flatMap((match) => {
    const [, demonym = '', plural = ''] = match
    if (plural !== '' && !hasPlural(demonym)) return []
    const country = DEMONYMS.get(demonym)
    return country === undefined ? [] : [country]
  })
}

function toNames(mention: Mention): Named[] {
  const surface = mention.surface.replaceAll("'", '’')
  const separators = mention.kind === 'organisation' ? /,\s*/u : /,\s*|\s+(?:and|&)\s+/u
  const names = surface.split(separators).flatMap((part) => cleanName(mention.kind, part) ?? [])
  // Rule 2: compromise reads "Selma Foundation" as first name + surname; it is an organisation.
  if (mention.kind === 'person') {
    return names.map((name) => ({ kind: ORG_WORDS.has(name.split(' ').at(-1)?.toLowerCase() ?? '') ? 'organisation' : 'person', name }))
  }
  // Rule 4: "Washington, D.C.": the initialism after the comma belongs to the place.
  const qualifier = /^,\s*((?:\p{Lu}\.){2,})/u.exec((surface.endsWith(',') ? ',' : '') + mention.following)?.[1]
  const last = names.at(-1)
  if (mention.kind === 'place' && qualifier !== undefined && last !== undefined && !/’s,?$/u.test(surface)) {
    names[names.length - 1] = `${last}, ${qualifier}`
  }
  return names.map((name) => ({ kind: mention.kind, name }))
}

function stripWord(word: string): string {
  const trimmed = word.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[’]s$/u, '')
  const bare = trimmed.replace(/[^\p{L}\p{N}.]+$/u, '')
  return bare.endsWith('.') && !isAbbreviation(bare.slice(0, -1)) ? bare.replace(/\.+$/, '') : bare
}

function cleanName(kind: Kind, part: string): string | undefined {
  let words = part.split(/\s+/u).map(stripWord).filter((w) => w !== '')
  if (words[0]?.toLowerCase() === 'the') words = words.slice(1)
  if (kind === 'person') {
    for (;;) {
      const first = words[0]
      if (first === undefined) break
      const demonym = demonymCountry(words)
      if (TITLES.has(first.toLowerCase().replace(/\.$/, '')) || CONNECTORS.has(first)) words = words.slice(1)
      else if (demonym) words = words.slice(demonym.length)
      else break
    }
  } else if (kind === 'place') {
    for (let demonym = demonymCountry(words); demonym && words.length > demonym.length; demonym = demonymCountry(words)) {
      words = words.slice(demonym.length)
    }
  }
  while (words[0] !== undefined && !isCapitalised(words[0])) words = words.slice(1)
  // "Kursk region" is the place Kursk, but "State media" is not an organisation called State.
  if (kind === 'organisation' && !isCapitalised(words.at(-1) ?? '')) return undefined
  while (words.length > 0 && !isCapitalised(words.at(-1) ?? '')) words = words.slice(0, -1)
  if (words.length === 0 || words.some((w) => !isCapitalised(w) && !CONNECTORS.has(w))) return undefined
  if (words.length === 1 && CALENDAR.has(words[0] ?? '')) return undefined

  if (kind === 'person') {
    const looksLikeName =
      words.length <= 5 &&
      words.every((w) => !/\p{N}/u.test(w) && (isCapitalised(w) || NAME_PARTICLES.has(w)) && !CALENDAR.has(w)) &&
      words.every((_, i) => demonymCountry(words.slice(i)) === undefined)
    return looksLikeName ? words.join(' ') : undefined
  }
  if (kind === 'place') {
    const demonym = demonymCountry(words)
    if (demonym && demonym.length === words.length) return demonym.country
    return words.length <= 6 ? words.join(' ') : undefined
  }
  return words.length <= 8 ? words.join(' ') : undefined
}

/** Rule 5. */
function datelinePlaces(dateline: string): string[] {
  const [city = '', ...rest] = dateline.split(',')
  const region = rest.join(',').trim()
  const place = titleCase(city.trim())
  if (place === '') return []
  if (region === '') return [place]
  if (region.includes('.')) return [`${place}, ${region}`]
  return [place, titleCase(region)]
}

function titleCase(text: string): string {
  return text
    .split(/\s+/u)
    .map((word, index) => {
      if (/\p{Ll}/u.test(word) || /^(?:\p{Lu}\.)+$/u.test(word)) return word
      const lower = word.toLowerCase().replaceAll("'", '’')
      if (index > 0 && CONNECTORS.has(lower)) return lower
      return lower.replace(/(?<=^|-|^\p{L}’)\p{L}/gu, (letter) => letter.toUpperCase())
    })
    .join(' ')
}

// ---------------------------------------------------------------------------------------
// Canonical names (rules 3 and 4).

type Canonical = { names: string[]; canonical: Map<string, string> }

function canonicalPeople(names: string[]): Canonical {
  const unique = [...new Set(names)]
  const byLength = [...unique].sort((a, b) => wordCount(b) - wordCount(a))
  const canonical = new Map<string, string>()
  for (const name of byLength) {
    const words = name.split(' ')
    const targets = new Set(
      unique
        .filter((other) => wordCount(other) > words.length && (startsWith(other.split(' '), words) || endsWith(other.split(' '), words)))
        .map((other) => canonical.get(other) ?? other),
    )
    const [target] = targets
    if (targets.size <= 1) canonical.set(name, target ?? name)
  }
  return { names: names.filter((name) => canonical.has(name)), canonical }
}

function canonicalPlaces(names: string[]): Canonical {
  const canonical = new Map<string, string>()
  for (const name of names) {
    const qualified = names.find((other) => other.startsWith(`${name}, `) || other.endsWith(`, ${name}`) || other.endsWith(`, ${name}.`))
    canonical.set(name, qualified ?? name)
  }
  return { names, canonical }
}

function wordCount(name: string): number {
  return name.split(' ').length
}

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((word, i) => words[i] === word)
}

function endsWith(words: readonly string[], suffix: readonly string[]): boolean {
  const offset = words.length - suffix.length
  return suffix.every((word, i) => words[offset + i] === word)
}

/** Every way the article writes each person: the names found, plus first and last words. */
function personMentionForms(people: Canonical, kept: ReadonlySet<string>): Map<string, string> {
  const forms = new Map<string, string>()
  const ambiguous = new Set<string>()
  const add = (form: string, person: string) => {
    const known = forms.get(form)
    if (known !== undefined && known !== person) ambiguous.add(form)
    else forms.set(form, person)
  }
  for (const [name, person] of people.canonical) {
    if (!kept.has(person)) continue
    add(name, person)
    add(person, person)
    const words = person.split(' ')
    if (words.length > 1) for (const word of [words[0], words.at(-1)]) if (word !== undefined && isCapitalised(word)) add(word, person)
  }
  for (const form of ambiguous) forms.delete(form)
  return forms
}

// ---------------------------------------------------------------------------------------
// Quotes (rule 8).

const SPEECH_VERBS = String.raw`said|says|told|tells|added|adds|asked|asks|wrote|writes|explained|stated|noted|recalled|warned|insisted|replied|continued`
const QUOTE = /“([^“”]+)”|"([^"“”]+)"/gu
const VERB_FIRST = new RegExp(String.raw`^[\s,—–-]*(?:${SPEECH_VERBS}|according to)(?![\p{L}])`, 'u')
const SUBJECT_THEN_VERB = new RegExp(String.raw`^[\s,—–-]*([^,;:.!?“”"]{1,80}?)\s(?:${SPEECH_VERBS})(?![\p{L}])`, 'du')
const VERB_THEN_QUOTE = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERBS})(?:\s+[^\s,;:.!?“”"]+){0,3}\s*[,:]?\s*$`, 'u')

type PersonMention = { paragraph: number; start: number; end: number; person: string; full: boolean }
type Passage = { start: number; end: number; text: string }

function extractQuotes(paragraphs: readonly string[], forms: Map<string, string>): ArticleEntities['quotes'] {
  const passages = paragraphs.map((paragraph) =>
    paragraph.includes('“') || paragraph.includes('"')
      ? Array.from(paragraph.matchAll(QUOTE), (m): Passage => ({ start: m.index, end: m.index + m[0].length, text: m[1] ?? m[2] ?? '' }))
      : [],
  )
  const mentionCache = new Map<number, PersonMention[]>()
  const mentionsIn = (index: number): PersonMention[] => {
    let found = mentionCache.get(index)
    if (found === undefined) {
      found = findPersonMentions(paragraphs[index] ?? '', index, passages[index] ?? [], forms)
      mentionCache.set(index, found)
    }
    return found
  }
  const quotes: ArticleEntities['quotes'] = []
  paragraphs.forEach((paragraph, index) => {
    const inParagraph = passages[index] ?? []
    inParagraph.forEach((passage, n) => {
      const region = speakerRegion(paragraph, passage, inParagraph[n - 1]?.end ?? 0)
      if (!region) return
      const speaker = resolveSpeaker(paragraph, passage.start, region, mentionsIn(index), mentionsIn(index - 1))
      const text = passage.text.trim().replace(/,$/u, '')
      if (speaker !== undefined && text !== '') quotes.push({ text, speaker })
    })
  })
  return quotes
}

/** Occurrences of the article's person forms, outside quoted passages, longest form first. */
function findPersonMentions(paragraph: string, index: number, passages: readonly Passage[], forms: Map<string, string>): PersonMention[] {
  const byFirstWord = new Map<string, string[][]>()
  for (const form of forms.keys()) {
    const words = form.split(' ')
    const first = words[0] ?? ''
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), words].sort((a, b) => b.length - a.length))
  }
  const words = tokens(paragraph).map((t) => ({ ...t, text: t.text.replace(/['’]s$/u, '') }))
  const mentions: PersonMention[] = []
  for (let i = 0; i < words.length; i += 1) {
    const first = words[i]
    const candidates = first === undefined ? undefined : byFirstWord.get(first.text)
    if (!first || !candidates) continue
    const match = candidates.find((form) =>
      form.every((word, k) => {
        const token = words[i + k]
        const previous = words[i + k - 1]
        return token?.text === word && (k === 0 || (previous !== undefined && /^\s+$/u.test(paragraph.slice(previous.end, token.start))))
      }),
    )
    const last = match && words[i + match.length - 1]
    if (!match || !last) continue
    const person = forms.get(match.join(' '))
    const quoted = passages.some((p) => first.start >= p.start && last.end <= p.end)
    if (person !== undefined && !quoted) mentions.push({ paragraph: index, start: first.start, end: last.end, person, full: match.length > 1 })
    i += match.length - 1
  }
  return mentions
}

/** Where the speaker is named, next to the speech verb after or before the passage. */
function speakerRegion(paragraph: string, passage: Passage, previousEnd: number): { start: number; end: number } | undefined {
  const after = paragraph.slice(passage.end)
  const verbFirst = VERB_FIRST.exec(after)
  if (verbFirst) {
    const start = passage.end + verbFirst[0].length
    return { start, end: clauseEnd(paragraph, start) }
  }
  const subjectFirst = SUBJECT_THEN_VERB.exec(after)
  const subject = subjectFirst?.indices?.[1]
  if (subjectFirst?.[1] !== undefined && subject && wordCount(subjectFirst[1].trim()) <= 6) {
    return { start: passage.end + subject[0], end: passage.end + subject[1] }
  }
  const sentenceStart = Math.max(previousEnd, lastSentenceEnd(paragraph.slice(0, passage.start)))
  const before = paragraph.slice(sentenceStart, passage.start)
  const verb = VERB_THEN_QUOTE.exec(before)
  if (verb) {
    const head = before.slice(0, verb.index)
    const clauseStart = Math.max(...[',', ';', ':', '“', '”', '"', '.'].map((c) => head.lastIndexOf(c) + 1), 0)
    const subject = head.slice(clauseStart)
    if (subject.trim() !== '' && wordCount(subject.trim()) <= 6) return { start: sentenceStart + clauseStart, end: sentenceStart + verb.index }
  }
  return undefined
}

function lastSentenceEnd(text: string): number {
  let end = 0
  for (const m of text.matchAll(/[.!?]\s+(?=[\p{Lu}“"])/gu)) {
    const word = /(\S+)$/u.exec(text.slice(0, m.index))?.[1] ?? ''
    if (!isAbbreviation(word)) end = m.index + m[0].length
  }
  return end
}

function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from)
  const stop = /[,;:!?“”"]|\.(?=\s+\p{Lu}|\s*$)/gu
  for (const m of rest.matchAll(stop)) {
    const word = /(\S+)$/u.exec(rest.slice(0, m.index))?.[1] ?? ''
    if (m[0] !== '.' || !isAbbreviation(word)) return from + m.index
  }
  return text.length
}

function resolveSpeaker(
  paragraph: string,
  quoteStart: number,
  region: { start: number; end: number },
  here: readonly PersonMention[],
  previous: readonly PersonMention[],
): string | undefined {
  if (/^(?:he|she)$/iu.test(paragraph.slice(region.start, region.end).trim())) {
    const recent = [...previous, ...here.filter((m) => m.end <= quoteStart)].reverse()
    return (recent.find((m) => m.full) ?? recent[0])?.person
  }
  return here.find((m) => m.start >= region.start && m.end <= region.end)?.person
}
