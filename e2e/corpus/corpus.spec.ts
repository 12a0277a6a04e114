import { expect, test } from '../fixtures'

// Built from e2e/corpus/articles: the seed plus one file per messy case of ARTICLE-FORMAT.md.
type Expected = { headline: string; dateline?: string; caption?: string; paragraphs: string[] }

const ARTICLES: Expected[] = [
  {
    headline: 'Japan’s central bank held interest rates steady on Monday',
    dateline: 'TOKYO',
    paragraphs: ['The decision was widely expected by economists surveyed before the meeting.', '“We will watch the data closely,” the governor said.'],
  },
  {
    headline: 'Volunteers planted thousands of trees along the river on Saturday',
    paragraphs: ['Organisers said more than 2,000 people took part.'],
  },
  {
    headline: 'The Senate passed a stopgap spending bill late Friday',
    dateline: 'WASHINGTON, D.C.',
    caption: 'Senators leave the Capitol after a late vote.',
    paragraphs: ['The measure now goes to the House.'],
  },
  {
    headline: 'Australia will build a second commuter ferry terminal in Sydney’s west',
    dateline: 'SYDNEY',
    caption: 'A ferry crosses the harbour at dawn.',
    paragraphs: ['Construction is due to start next year.'],
  },
  {
    headline: 'Kenya expects a record wheat harvest this season',
    dateline: 'NAIROBI',
    caption: 'Farmers inspect a wheat field.',
    paragraphs: ['Prices for flour have already begun to ease.'],
  },
  {
    headline: 'Portugal’s capital will make its historic trams free for residents under 18 from September',
    dateline: 'LISBON',
    caption: 'A tram passes the old town hall.',
    paragraphs: ['The council estimates the scheme will cost 4 million euros a year.'],
  },
  {
    headline: 'Denmark opened its longest cycle superhighway on Tuesday',
    dateline: 'COPENHAGEN',
    caption: 'A cyclist rides through a park.',
    paragraphs: ['Officials expect 10,000 riders a day.'],
  },
  {
    headline: 'Norway added three new national parks on Monday',
    dateline: 'OSLO',
    caption: 'Hikers on a mountain trail.',
    paragraphs: ['Environmental groups welcomed the move.', 'The parks open to visitors in August.'],
  },
  {
    headline: 'Researchers warned that a popular web form library let attackers inject…',
    dateline: 'BERLIN',
    caption: 'A laptop screen shows code.',
    paragraphs: [
      'Researchers warned that a popular web form library let attackers inject <script>alert("pwned")</script> into pages, a flaw now fixed.',
      'The patch escapes text such as <b>bold</b> and &amp; before display.',
    ],
  },
  {
    headline: 'Chile approves a national lithium company',
    dateline: 'SANTIAGO, Chile',
    caption: 'Workers at a lithium brine pool in the Atacama desert.',
    paragraphs: ['The company will start operating next year.'],
  },
  {
    headline: 'Emergency crews worked through the night to reach people trapped',
    dateline: 'KYIV, Ukraine',
    caption: 'Residents clear rubble from a damaged building.',
    paragraphs: ['The city’s mayor said power had been restored to most homes.'],
  },
  {
    headline: 'Łódź tram maker wins its first U.S. order, weeks after Berlin named a Straße for its founder',
    dateline: 'ŁÓDŹ, Poland',
    caption: 'A new tram on a test run in the city centre.',
    paragraphs: ['The chief executive said the U.S. contract would keep the Łódź works busy until 2028.'],
  },
  {
    // The second article naming Russia: following Russia across a new edition (following.spec.ts).
    headline: 'Russia and Kazakhstan agree to share the Ural river through a dry summer',
    dateline: 'ORENBURG, Russia',
    caption: 'The Ural river near Orenburg in early June.',
    paragraphs: ['Farmers downstream had warned that the river was at its lowest level in decades.'],
  },
]

test('the list shows every article of the corpus, newest first', async ({ page }) => {
  await page.goto('/')
  const links = page.getByRole('main').getByRole('listitem').getByRole('link')
  await expect(links).toHaveCount(15)
  await expect(links.first()).toHaveText('Kim Jong Un held the first public commemoration for North Korean troops')
  await expect(links.nth(1)).toHaveText(ARTICLES[0]?.headline ?? '')
  await expect(links.last()).toHaveText(ARTICLES.at(-1)?.headline ?? '')
})

for (const article of ARTICLES) {
  test(`shows “${article.headline}” as the file says`, async ({ page }) => {
    await page.goto('/')
    await page.getByRole('link', { name: article.headline, exact: true }).click()
    const view = page.getByRole('article')
    await expect(view.getByRole('heading', { level: 1 })).toHaveText(article.headline)
    if (article.dateline) await expect(view.getByText(article.dateline, { exact: true })).toBeVisible()
    const photo = view.getByRole('figure').filter({ hasText: 'Photo:' })
    if (article.caption) await expect(photo).toHaveText(`Photo: ${article.caption}`)
    else await expect(photo).toHaveCount(0)
    for (const paragraph of article.paragraphs) await expect(view.getByText(paragraph, { exact: true })).toBeVisible()
  })
}

test('text that looks like HTML is shown as text, never run', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs += 1
    void dialog.dismiss()
  })
  await page.goto('/')
  await page.getByRole('link', { name: /^Researchers warned/ }).click()
  await expect(page.getByText('<b>bold</b>', { exact: false })).toBeVisible()
  await expect(page.locator('article script, article b')).toHaveCount(0)
  expect(dialogs).toBe(0)
})

test('two ids that share their first eight digits get longer, distinct slugs', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Chile approves a national lithium company' })).toHaveAttribute(
    'href',
    '/articles/chile-approves-a-national-lithium-company-c0ffee003',
  )
  await page.goto('/articles/emergency-crews-c0ffee008')
  await expect(page).toHaveURL('/articles/emergency-crews-worked-through-the-night-to-reach-c0ffee008')
  await page.goto('/articles/ambiguous-c0ffee00')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page')
})

test('a search typed without accents or dots finds and emphasises the words as written', async ({ page }) => {
  const headline = 'Łódź tram maker wins its first U.S. order, weeks after Berlin named a Straße for its founder'
  await page.goto('/')
  const search = page.getByRole('searchbox', { name: 'Search articles' })
  const row = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: headline }) })
  // Headline, lede and the snippet from the body, each as written.
  const chief = 'The chief executive said the U.S. contract would keep the Łódź works busy until 2028.'
  const berlin = 'In Berlin, the Straße beside the company’s first depot was renamed after its founder last month.'
  for (const [typed, marks, snippet] of [
    ['lodz', ['Łódź', 'Łódź', 'Łódź'], chief],
    ['strasse', ['Straße', 'Straße'], berlin],
    ['us', ['U.S.', 'U.S.', 'U.S.'], chief],
  ] as const) {
    await search.fill(typed)
    await expect(row.locator('mark')).toHaveText([...marks])
    await expect(row.getByRole('paragraph').filter({ hasText: snippet })).toBeVisible()
  }
})

test('previous and next link the neighbouring articles', async ({ page }) => {
  await page.goto('/articles/the-senate-passed-a-stopgap-spending-bill-late-8f34622c')
  const more = page.getByRole('navigation', { name: 'More articles' })
  await more.getByRole('link', { name: /Next article/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLES[3]?.headline ?? '')
  await page.getByRole('navigation', { name: 'More articles' }).getByRole('link', { name: /Previous article/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLES[2]?.headline ?? '')
})

test.describe('an article whose text holds replacement patterns ($$, $\', $&, $`)', () => {
  const headline = 'Shares of a chipmaker priced at US$$2 billion rose on Monday'
  const paragraphs = [
    'Shares of a chipmaker priced at US$$2 billion rose on Monday, as traders weighed “the $\'s worth” against the yen.',
    'Analysts said the $& and $` signs in a leaked spreadsheet were typing mistakes.',
    'One fund manager said the listing was worth every $$ and more.',
  ]
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled })

      test('reads exactly as written, and so do its neighbours and the list', async ({ page }) => {
        await page.goto('/')
        await expect(page.getByRole('main').getByRole('link', { name: headline, exact: true })).toBeVisible()
        await page.goto('/articles/shares-of-a-chipmaker-priced-at-us-2-d011a250')
        const view = page.getByRole('article')
        await expect(view.getByRole('heading', { level: 1 })).toHaveText(headline)
        await expect(page).toHaveTitle(`${headline} · Broadsheet`)
        for (const paragraph of paragraphs) await expect(view.getByText(paragraph, { exact: true })).toBeVisible()
        const more = page.getByRole('navigation', { name: 'More articles' })
        await more.getByRole('link', { name: /Next article/ }).click()
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Researchers warned/)
        await expect(page.getByRole('navigation', { name: 'More articles' }).getByRole('link', { name: /Previous article/ })).toContainText(headline)
      })
    })
  }
})
