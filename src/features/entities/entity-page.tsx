import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths'
import { articleCount } from '../../lib/articles/article-count'
import { ENTITY_FOLDERS, ENTITY_KIND_LABELS, type EntityArticle, type EntityPage as Entity } from '../../lib/entities/entity'
import { formatIsoDay, formatIsoMonth } from '../../lib/format-date'

type Props = {
  entity: Entity
  /** What the app adds in the browser: the reader's own highlights in these articles. */
  children?: ReactNode
  /** What the reader can do with the entity (Follow), under its name. */
  actions?: ReactNode
}

/** A person, place or organisation in the news: the articles naming them by month, who appears with them, what they said. */
export function EntityPage({ entity, children, actions }: Props) {
  const inTheList = paths.articlesAbout(entity.kind, entity.name)
  return (
    <article className="reading-column mx-auto">
      <title>{`${entity.name} · Broadsheet`}</title>
      <Link to={paths.home()} className="inline-flex items-center gap-1 text-sm font-medium text-muted hover:text-accent hover:underline">
        <span aria-hidden="true">←</span> All articles
      </Link>
      <header className="mt-6 grid gap-2 border-b border-rule pb-6">
        <p className="text-xs font-semibold tracking-widest text-muted uppercase">{ENTITY_KIND_LABELS[entity.kind]}</p>
        <h1 tabIndex={-1} className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance focus:outline-none sm:text-5xl">
          {entity.name}
        </h1>
        <p className="text-muted">
          Named in {articleCount(entity.articleCount)}.{' '}
          <Link to={inTheList} className="font-medium text-accent underline">
            Filter the list by {entity.name}
          </Link>
        </p>
        {actions}
      </header>
      <Timeline entity={entity} inTheList={inTheList} />
      {entity.quotes.length > 0 && <Quotes entity={entity} />}
      {children}
      {entity.related.length > 0 && <Related entity={entity} />}
    </article>
  )
}

/** The articles, newest first, under a heading per month with its count. */
function Timeline({ entity, inTheList }: { entity: Entity; inTheList: string }) {
  const months = byMonth(entity.articles)
  return (
    <section aria-labelledby="entity-articles" className="mt-8">
      <h2 id="entity-articles" className="font-serif text-2xl font-semibold">
        Articles
      </h2>
      {months.map(({ month, articles }) => (
        <section key={month} aria-label={`${month}, ${articleCount(articles.length)}`} className="mt-6">
          <h3 className="text-xs font-semibold tracking-widest text-muted uppercase">
            {month} <span className="font-normal">· {articleCount(articles.length)}</span>
          </h3>
          <ol className="mt-3 grid gap-4">
            {articles.map((article) => (
              <li key={article.slug}>
                <Link to={paths.article(article.slug)} className="font-serif text-lg leading-snug font-semibold hover:text-accent hover:underline">
                  {article.headline}
                </Link>
                <p className="text-sm text-muted">{[article.dateline, formatIsoDay(article.date)].filter(Boolean).join(' · ')}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {entity.articleCount > entity.articles.length && (
        <p className="mt-6 text-muted">
          The newest {entity.articles.length} of {entity.articleCount}.{' '}
          <Link to={inTheList} className="font-medium text-accent underline">
            See all {entity.articleCount} in the list
          </Link>
        </p>
      )}
    </section>
  )
}

function byMonth(articles: readonly EntityArticle[]): { month: string; articles: EntityArticle[] }[] {
  const months: { month: string; articles: EntityArticle[] }[] = []
  for (const article of articles) {
    const month = formatIsoMonth(article.date)
    const last = months.at(-1)
    if (last?.month === month) last.articles.push(article)
    else months.push({ month, articles: [article] })
  }
  return months
}

function Quotes({ entity }: { entity: Entity }) {
  return (
    <section aria-labelledby="entity-quotes" className="mt-10">
      <h2 id="entity-quotes" className="font-serif text-2xl font-semibold">
        What {entity.name} said
      </h2>
      <ul className="mt-4 grid gap-5">
        {entity.quotes.map((quote) => (
          <li key={`${quote.article.slug} ${quote.text}`}>
            <figure>
              <blockquote className="border-l-4 border-accent pl-4 font-serif text-lg leading-relaxed">“{quote.text}”</blockquote>
              <figcaption className="mt-1 pl-4 text-sm text-muted">
                In{' '}
                <Link to={paths.article(quote.article.slug)} className="hover:text-accent hover:underline">
                  {quote.article.headline}
                </Link>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Related({ entity }: { entity: Entity }) {
  return (
    <section aria-labelledby="entity-related" className="mt-10 border-t border-rule pt-6 font-sans">
      <h2 id="entity-related" className="font-serif text-2xl font-semibold">
        Often named with {entity.name}
      </h2>
      <ul className="mt-4 flex flex-wrap gap-2">
        {entity.related.map((other) => {
          const together = `${articleCount(other.count)} together`
          const label = (
            <>
              {other.name} <span className="text-muted">· {together}</span>
            </>
          )
          return (
            <li key={`${other.kind} ${other.name}`}>
              {other.slug ? (
                <Link to={paths.entity(ENTITY_FOLDERS[other.kind], other.slug)} className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-accent hover:text-accent">
                  {label}
                </Link>
              ) : (
                <span className="inline-block rounded-full border border-rule px-3 py-1 text-sm">{label}</span>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
