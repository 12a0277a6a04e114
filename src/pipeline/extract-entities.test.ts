import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { extractEntities, type ArticleText } from './extract-entities.ts'

const seedSource = readFileSync(new URL('../content/articles/000_1195f8b02fb32f15.txt', import.meta.url), 'utf8')

// The seed's parts, split here by hand (the articles feature owns the real parser).
function seedArticle(): ArticleText {
  const [opening = '', ...body] = seedSource.trim().split(/\n\s*\n/)
  const [, caption = '', lede = ''] = /^date \S+ (.*?) SEOUL—(.*)$/.exec(opening.trim()) ?? []
  return {
    headline: 'Kim Jong Un held the first public commemoration for North Korean troops',
    caption,
    dateline: 'SEOUL',
    paragraphs: [lede, ...body],
  }
}

function entitiesOf(...paragraphs: string[]) {
  return extractEntities({ headline: '', paragraphs })
}

describe('extractEntities on the seed article', () => {
  // Every person, place and organisation the text names, and only those.
  it.each(['runs', 'full-text'] as const)('finds exactly the entities of the text (%s tagging)', (tagging) => {
    const entities = extractEntities(seedArticle(), { tagging })

    expect(entities.people).toEqual(['Kim Jong Un', 'Michael Madden', 'Vladimir Putin'])
    expect(entities.places).toEqual([
      'Kursk',
      'Moscow',
      'North Korea',
      'Pyongyang',
      'Russia',
      'Seoul',
      'South Korea',
      'Ukraine',
      'Washington, D.C.',
    ])
    expect(entities.organisations).toEqual(['Stimson Center'])
    expect(entities.quotes).toEqual([
      {
        text: 'They are telecasting to North Korea’s military personnel that they could be deployed to a foreign country',
        speaker: 'Michael Madden',
      },
    ])
  })

  it('gives the same answer whatever was extracted before (the run cache never changes a result)', async () => {
    const others = ['Chancellor Angela Merkel met the Stimson Center’s Michael Madden in Seoul.', 'Kim, Putin and Russia’s Kursk.']
    vi.resetModules()
    const cold = await import('./extract-entities.ts')
    const alone = cold.extractEntities(seedArticle())
    vi.resetModules()
    const warm = await import('./extract-entities.ts')
    warm.extractEntities({ headline: 'Vladimir Putin and Kim Jong Un', paragraphs: others })
    expect(warm.extractEntities(seedArticle())).toEqual(alone)
    expect(warm.extractEntities(seedArticle())).toEqual(alone)
  })
})

describe('people', () => {
  it('joins a surname used alone to the full name that ends with it', () => {
    expect(entitiesOf('Chancellor Angela Merkel met voters on Tuesday.', 'Merkel later flew home.').people).toEqual(['Angela Merkel'])
  })

  it('joins a family name used alone to the full name that starts with it', () => {
    expect(entitiesOf('Kim Yo Jong spoke to reporters.', 'Kim later left the hall.').people).toEqual(['Kim Yo Jong'])
  })

  it('drops a short name that could be either of two people', () => {
    const { people } = entitiesOf('Kim Yo Jong stood beside Kim Jong Un.', 'Kim waved.')
    expect(people).toEqual(['Kim Jong Un', 'Kim Yo Jong'])
  })

  it('drops titles and demonyms in front of a name', () => {
    const { people } = entitiesOf(
      'President Emmanuel Macron met Mr. Olaf Scholz and British Prime Minister Keir Starmer in Berlin.',
      'Chief Executive Tim Cook was not there.',
    )
    expect(people).toEqual(['Emmanuel Macron', 'Keir Starmer', 'Olaf Scholz', 'Tim Cook'])
  })

  it('never makes one person of two names joined by "and"', () => {
    const { people } = entitiesOf('Chancellor Angela Merkel arrived.', 'The deal between Merkel and French President Emmanuel Macron’s government held.')
    expect(people).toEqual(['Angela Merkel', 'Emmanuel Macron'])
  })

  it('reads a first name followed by an organisation word as an organisation, not a person', () => {
    const entities = entitiesOf('She spoke at the Selma Foundation last week.')
    expect(entities.people).toEqual([])
    expect(entities.organisations).toEqual(['Selma Foundation'])
  })
})

describe('places', () => {
  it('maps demonyms and their plurals to countries', () => {
    const { places } = entitiesOf('Russians and Ukrainians met North Korean officials, North Koreans and a Russian envoy.')
    expect(places).toEqual(['North Korea', 'Russia', 'Ukraine'])
  })

  it('strips possessives written with either apostrophe', () => {
    const { places } = entitiesOf("Russia’s army, Pyongyang's leaders and the Ukrainians’ defence.")
    expect(places).toEqual(['Pyongyang', 'Russia', 'Ukraine'])
  })

  it('drops a leading demonym and a trailing generic word from a place', () => {
    expect(entitiesOf('Troops entered the Russian Belgorod region.').places).toEqual(['Belgorod', 'Russia'])
  })

  it('keeps an initialism after a comma with the place, and reads the bare name as the same place', () => {
    expect(entitiesOf('He runs a Washington, D.C.-based group.', 'Washington is cold.').places).toEqual(['Washington, D.C.'])
  })

  it.each([
    ['SEOUL', ['Seoul']],
    ['WASHINGTON, D.C.', ['Washington, D.C.']],
    ['KYIV, Ukraine', ['Kyiv', 'Ukraine']],
    ['RIO DE JANEIRO', ['Rio de Janeiro']],
    ['ST. LOUIS', ['St. Louis']],
    ['WINSTON-SALEM, N.C.', ['Winston-Salem, N.C.']],
  ])('reads the dateline %s as %j', (dateline, places) => {
    expect(extractEntities({ headline: '', dateline, paragraphs: [] }).places).toEqual(places)
  })
})

describe('organisations', () => {
  it('drops a leading "the"', () => {
    const entities = entitiesOf('She works at the Carnegie Foundation in Boston and banks with the World Bank.')
    expect(entities.organisations).toEqual(['Carnegie Foundation', 'World Bank'])
    expect(entities.places).toEqual(['Boston'])
  })

  it('does not make an organisation of a capitalised word before a generic noun', () => {
    expect(entitiesOf('State media did not say how many soldiers had died.').organisations).toEqual([])
  })
})

describe('quotes', () => {
  it('attributes a quote to the person named after "said" or before it', () => {
    const { quotes } = entitiesOf(
      '“We go,” said Emmanuel Macron, the French president.',
      '“Soon,” Macron told reporters.',
      'Macron said: “Never.”',
    )
    expect(quotes).toEqual([
      { text: 'We go', speaker: 'Emmanuel Macron' },
      { text: 'Soon', speaker: 'Emmanuel Macron' },
      { text: 'Never.', speaker: 'Emmanuel Macron' },
    ])
  })

  it('gives "he said" to the most recent full name in the previous paragraph', () => {
    const { quotes } = entitiesOf('Merkel met Chancellor Angela Merkel’s aide, said Emmanuel Macron, who was there.', '“It went well,” he said.')
    expect(quotes).toEqual([{ text: 'It went well', speaker: 'Emmanuel Macron' }])
  })

  it('gives "she said" to the most recent full name earlier in the same paragraph', () => {
    const { quotes } = entitiesOf('Emmanuel Macron spoke first.', 'Then Chancellor Angela Merkel rose. “We will stay,” she said.')
    expect(quotes).toEqual([{ text: 'We will stay', speaker: 'Angela Merkel' }])
  })

  it('skips quotes that are not attributed to a person', () => {
    const { quotes } = entitiesOf(
      'Chancellor Angela Merkel visited Paris.',
      '“It is over,” the ministry said.',
      '“Onward,” it read.',
      '“Later,” they said.',
      'The banner said “Welcome” in red letters.',
    )
    expect(quotes).toEqual([])
  })
})

/** Text made of the pieces the rules look at, in any order. */
const newsLike = fc
  .array(
    fc.constantFrom(
      'Kim', 'Jong', 'Un', 'and', 'Putin’s', "Putin's", '“', '”', '"', 'said', 'he', 'she', 'it', 'told', ',', '.', ':', ' ',
      'SEOUL', '—', 'D.C.', 'Washington,', 'the', 'Center', 'Stimson', 'President', 'Mr.', 'North', 'Korean', 'Koreans', 's',
      '’', 'region', 'Angela', 'Merkel', 'of', '&', '\n', '$&', '(', '[', '\\',
    ),
    { maxLength: 40 },
  )
  .map((words) => words.join(' '))

describe('robustness', () => {
  it('never throws on arbitrary text, and keeps its promises about the result', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite' }),
        fc.option(fc.string(), { nil: undefined }),
        fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), newsLike), { maxLength: 5 }),
        (headline, dateline, paragraphs) => {
          const entities = extractEntities({ headline, ...(dateline === undefined ? {} : { dateline }), paragraphs })
          for (const list of [entities.people, entities.places, entities.organisations]) {
            expect(new Set(list).size).toBe(list.length)
            expect(list).toEqual([...list].sort((a, b) => a.localeCompare(b, 'en')))
          }
          for (const quote of entities.quotes) expect(entities.people).toContain(quote.speaker)
        },
      ),
      { numRuns: 200 },
    )
  }, 60_000)
})
