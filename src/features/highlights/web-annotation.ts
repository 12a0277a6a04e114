/**
 * Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): the export a
 * reader can keep, or open in another annotation tool, and import back without loss.
 * Pure: no DOM, no React, no Node APIs.
 */
import { HIGHLIGHT_COLORS, HIGHLIGHT_SCHEMA_VERSION, parseHighlight, type Highlight, type HighlightColor } from './highlight'
import { MAX_IMPORT_HIGHLIGHTS, MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH } from './import-limits'

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/**
 * The W3C model has no term for the article a highlight belongs to, nor for the hash of the
 * text its selectors were made against, and without both an import would lose data. So the
 * context defines a `broadsheet` prefix, and `broadsheet:articleId` and `broadsheet:textHash`
 * sit on the target: they describe the source (which article, in which state), not the
 * annotation. A URN prefix, because Broadsheet owns no domain to mint http IRIs under.
 */
const BROADSHEET_PREFIX = 'urn:broadsheet:'
const ARTICLE_ID = 'broadsheet:articleId'
const TEXT_HASH = 'broadsheet:textHash'
/** The target's source when the article has no known URL (it expands like `broadsheet:article:<id>`). */
const ARTICLE_URN = 'urn:broadsheet:article:'
const UUID_URN = 'urn:uuid:'

export type ColourBody = { type: 'TextualBody'; purpose: 'highlighting'; value: HighlightColor }
export type NoteBody = { type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/plain' }

export type AnnotationJson = {
  id: string
  type: 'Annotation'
  motivation: 'highlighting' | 'commenting'
  created: string
  modified: string
  body: (ColourBody | NoteBody)[]
  target: {
    source: string
    selector: Highlight['selectors']
    'broadsheet:articleId': string
    'broadsheet:textHash': string
  }
}

export type AnnotationCollectionJson = {
  '@context': [typeof ANNO_CONTEXT, { broadsheet: typeof BROADSHEET_PREFIX }]
  id?: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: { id?: string; type: 'AnnotationPage'; startIndex: 0; items: AnnotationJson[] }
}

export type ExportOptions = {
  /** The article's public URL, or undefined when it has none (the target then names it by URN). */
  articleUrl: (articleId: string) => string | undefined
  label?: string
  /**
   * The collection's IRI, e.g. `urn:uuid:${crypto.randomUUID()}`. The model says a collection
   * (and its page) MUST have one; it is the caller's to mint so that this function stays
   * deterministic. Omitted from the output when not given.
   */
  id?: string
}

export function toAnnotationCollection(highlights: readonly Highlight[], options: ExportOptions): AnnotationCollectionJson {
  const items = highlights.map((highlight) =>
    toAnnotation(highlight, options.articleUrl(highlight.articleId) ?? ARTICLE_URN + highlight.articleId),
  )
  return {
    '@context': [ANNO_CONTEXT, { broadsheet: BROADSHEET_PREFIX }],
    ...(options.id === undefined ? {} : { id: options.id }),
    type: 'AnnotationCollection',
    label: options.label ?? 'Broadsheet highlights',
    total: items.length,
    first: {
      ...(options.id === undefined ? {} : { id: `${options.id}#page-1` }),
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  }
}

function toAnnotation(highlight: Highlight, source: string): AnnotationJson {
  const [quote, position] = highlight.selectors
  const body: AnnotationJson['body'] = [{ type: 'TextualBody', purpose: 'highlighting', value: highlight.color }]
  if (highlight.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: highlight.note, format: 'text/plain' })
  return {
    id: UUID_URN + highlight.id,
    type: 'Annotation',
    motivation: highlight.note === '' ? 'highlighting' : 'commenting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    body,
    target: {
      source,
      selector: [{ ...quote }, { ...position }],
      [ARTICLE_ID]: highlight.articleId,
      [TEXT_HASH]: highlight.textHash,
    },
  }
}

export type ImportOutcome = { ok: true; highlights: Highlight[] } | { ok: false; error: string }

/**
 * Reads a collection written by `toAnnotationCollection` (parsed JSON, or the file's text).
 * All or nothing: one bad annotation refuses the whole file, with a message saying what is wrong
 * and where. Never throws. This reads the compact JSON-LD we write, not any JSON-LD that means
 * the same (a file re-framed with other prefixes is refused, not misread).
 */
export function fromAnnotationCollection(json: unknown): ImportOutcome {
  try {
    return readCollection(json)
  } catch {
    // Unreachable for JSON input; a file that finds a bug must still get an answer, not a crash.
    return refuse('This file could not be read as Broadsheet highlights.')
  }
}

function readCollection(input: unknown): ImportOutcome {
  let json = input
  if (typeof json === 'string') {
    try {
      json = JSON.parse(json) as unknown
    } catch {
      return refuse('This file is not JSON.')
    }
  }
  const notCollection = 'This is not a Web Annotation collection'
  if (Array.isArray(json)) return refuse(`${notCollection} (it is a JSON list, not an object with "type": "AnnotationCollection").`)
  if (!isRecord(json)) return refuse(`${notCollection} (it is not an object with "type": "AnnotationCollection").`)
  if (json.type === undefined) return refuse(`${notCollection} (no "type": "AnnotationCollection").`)
  if (!hasType(json, 'AnnotationCollection')) return refuse(`${notCollection} (its "type" is ${shown(json.type)}, not "AnnotationCollection").`)

  const items = collectionItems(json)
  if (typeof items === 'string') return refuse(items)
  if (items.length > MAX_IMPORT_HIGHLIGHTS) {
    return refuse(`This file holds ${items.length.toLocaleString('en')} annotations; Broadsheet imports up to ${MAX_IMPORT_HIGHLIGHTS.toLocaleString('en')} at a time.`)
  }
  const claimsAnArticle = (item: unknown) => isRecord(item) && isRecord(item.target) && articleIds(item.target).some((id) => id !== undefined)
  if (items.length > 0 && !items.some(claimsAnArticle)) {
    return refuse(`This is not a Broadsheet export: its annotations have no "${ARTICLE_ID}", so Broadsheet cannot tell which articles they belong to.`)
  }

  const highlights: Highlight[] = []
  const problems: string[] = []
  items.forEach((item, index) => {
    const result = readAnnotation(item)
    if (typeof result !== 'string') highlights.push(result)
    else problems.push(`Annotation ${index + 1}${isRecord(item) && typeof item.id === 'string' ? ` (${shorten(item.id)})` : ''}: ${result}`)
  })
  const [firstProblem] = problems
  if (firstProblem !== undefined) {
    const count = problems.length === 1 ? 'has a problem' : 'have problems'
    return refuse(`${firstProblem} ${problems.length} of ${plural(items.length, 'annotation')} ${count}; nothing was imported.`)
  }
  return { ok: true, highlights: latestOfEach(highlights) }
}

/** The annotations of a single-page collection; a problem when they are not all in this file. */
function collectionItems(collection: Record<string, unknown>): unknown[] | string {
  const { first, total } = collection
  let items: unknown
  if (isRecord(first)) {
    if (first.next !== undefined) return 'This collection continues on further pages, which are not in this file.'
    items = first.items
  } else if (typeof first === 'string') {
    return `This collection's annotations are on a separate page (${shorten(first)}), which is not in this file.`
  } else if (first === undefined && collection.items === undefined && total === 0) {
    items = [] // the model allows an empty collection to have no page at all
  } else {
    items = collection.items
  }
  if (!isList(items)) return 'This collection has no list of annotations (no "first" page with "items").'
  if (typeof total === 'number' && total !== items.length) {
    return `This collection says it holds ${plural(total, 'annotation')}, but the file contains ${items.length}: it may be incomplete.`
  }
  return items
}

/** One annotation as a valid highlight, or what is wrong with it (a clause, for the caller to locate). */
function readAnnotation(annotation: unknown): Highlight | string {
  if (!isRecord(annotation)) return 'it is not an object.'
  if (!hasType(annotation, 'Annotation')) return 'its "type" is not "Annotation".'
  const { id, target, created, modified } = annotation
  if (typeof id !== 'string' || !id.startsWith(UUID_URN)) return `its "id" is not a ${UUID_URN} identifier.`
  if (created === undefined) return 'it has no "created" date.'
  if (modified === undefined) return 'it has no "modified" date.'
  if (!isRecord(target)) return 'it has no target (the article it highlights).'

  const [stated, fromSource] = articleIds(target)
  if (stated === undefined && fromSource === undefined) return `it has no "${ARTICLE_ID}", so it is not a Broadsheet highlight.`
  if (stated !== undefined && fromSource !== undefined && stated !== fromSource) {
    return `its "${ARTICLE_ID}" ${shown(stated)} and its source ${shown(ARTICLE_URN + fromSource)} name different articles.`
  }
  if (target[TEXT_HASH] === undefined) return `it has no "${TEXT_HASH}".`

  const selectors = asList(target.selector)
  const quote = theOne(selectors, 'type', 'TextQuoteSelector', 'TextQuoteSelector')
  if (typeof quote === 'string') return quote
  const position = theOne(selectors, 'type', 'TextPositionSelector', 'TextPositionSelector')
  if (typeof position === 'string') return position

  const bodies = asList(annotation.body)
  const colour = theOne(bodies, 'purpose', 'highlighting', 'colour (a body with "purpose": "highlighting")')
  if (typeof colour === 'string') return colour
  if (colour.value === undefined) return 'its colour has no "value".'
  if (!HIGHLIGHT_COLORS.some((known) => known === colour.value)) {
    return `the colour ${shown(colour.value)} is not one of ${HIGHLIGHT_COLORS.join(', ')}.`
  }
  const notes = bodies.filter((body) => isRecord(body) && body.purpose === 'commenting')
  if (notes.length > 1) return `it has ${notes.length} notes; a Broadsheet highlight has at most one.`
  const [note] = notes

  const tooLong = overLimit(quote, isRecord(note) ? note.value : undefined)
  if (tooLong) return tooLong

  // parseHighlight is the final word on every value; only the structure was checked above.
  const parsed = parseHighlight({
    schemaVersion: HIGHLIGHT_SCHEMA_VERSION,
    id: id.slice(UUID_URN.length),
    articleId: stated ?? fromSource,
    selectors: [quote, position],
    textHash: target[TEXT_HASH],
    color: colour.value,
    note: isRecord(note) ? note.value : '',
    createdAt: created,
    updatedAt: modified,
  })
  return parsed.ok ? parsed.highlight : `${parsed.problems.map(inW3cTerms).join('; ')}.`
}

/** A quote or note longer than an import takes (import-limits.ts), as a problem; checked before validation so a huge value is never copied. */
function overLimit(quote: Record<string, unknown>, note: unknown): string | undefined {
  for (const field of ['exact', 'prefix', 'suffix'] as const) {
    const value = quote[field]
    if (typeof value === 'string' && value.length > MAX_QUOTE_LENGTH) {
      return `its TextQuoteSelector's "${field}" is ${value.length.toLocaleString('en')} characters long; an imported quote may have up to ${MAX_QUOTE_LENGTH.toLocaleString('en')}.`
    }
  }
  if (typeof note === 'string' && note.length > MAX_NOTE_LENGTH) {
    return `its note is ${note.length.toLocaleString('en')} characters long; an imported note may have up to ${MAX_NOTE_LENGTH.toLocaleString('en')}.`
  }
  return undefined
}

/**
 * What a target says about its article: its `broadsheet:articleId` (as found: parseHighlight
 * checks it), and the id in a `urn:broadsheet:article:<id>` source (what we write when the
 * article has no URL).
 */
function articleIds(target: Record<string, unknown>): [stated: unknown, fromSource: string | undefined] {
  const { source } = target
  return [target[ARTICLE_ID], typeof source === 'string' && source.startsWith(ARTICLE_URN) ? source.slice(ARTICLE_URN.length) : undefined]
}

/** parseHighlight's problems name our fields; the reader's file uses the W3C (and our extension) names. */
const W3C_NAMES: readonly (readonly [string, string])[] = [
  ['selectors.0', 'TextQuoteSelector'],
  ['selectors.1', 'TextPositionSelector'],
  ['articleId', ARTICLE_ID],
  ['textHash', TEXT_HASH],
  ['createdAt', 'created'],
  ['updatedAt', 'modified'],
  ['color', 'colour'],
]

function inW3cTerms(problem: string): string {
  const rename = W3C_NAMES.find(([ours]) => problem.startsWith(ours))
  return rename ? rename[1] + problem.slice(rename[0].length) : problem
}

/** The single item of `list` whose `key` is `value`, or a problem when there is none or several. */
function theOne(list: readonly unknown[], key: string, value: string, name: string): Record<string, unknown> | string {
  const found = list.filter((item): item is Record<string, unknown> => isRecord(item) && item[key] === value)
  const [only] = found
  if (only === undefined) return `it has no ${name}.`
  if (found.length > 1) return `it has more than one ${name}; a Broadsheet highlight has one.`
  return only
}

/** Duplicate ids (the same highlight exported twice): keep the most recently modified, in first-seen order. */
function latestOfEach(highlights: readonly Highlight[]): Highlight[] {
  const byId = new Map<string, Highlight>()
  for (const highlight of highlights) {
    const kept = byId.get(highlight.id)
    if (!kept || Date.parse(highlight.updatedAt) > Date.parse(kept.updatedAt)) byId.set(highlight.id, highlight)
  }
  return [...byId.values()]
}

/** JSON-LD allows a single value wherever a list is allowed. */
function asList(value: unknown): readonly unknown[] {
  if (value === undefined) return []
  return isList(value) ? value : [value]
}

function hasType(value: Record<string, unknown>, type: string): boolean {
  return value.type === type || (isList(value.type) && value.type.includes(type))
}

function isList(value: unknown): value is unknown[] {
  return Array.isArray(value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value from the file, as JSON, short enough for a message. */
function shown(value: unknown): string {
  return shorten(JSON.stringify(value))
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function refuse(error: string): ImportOutcome {
  return { ok: false, error }
}
