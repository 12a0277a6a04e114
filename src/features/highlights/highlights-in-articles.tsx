import { useMemo } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths'
import type { ArticleLink } from '../../lib/articles/article'
import { useStoredQuery } from '../../lib/use-stored-query'
import type { EntityFilter } from './filter-highlights'
import { highlightsQuery } from './highlight-queries'
import { MARK_COLORS } from './highlighted-paragraph'

type Props = {
  /** The articles whose highlights to show, by id. */
  articles: readonly (ArticleLink & { id: string })[]
  /** Whom or what the articles have in common, for the heading: "Your highlights about …". */
  about: EntityFilter
}

/** The reader's own highlights in some articles (an entity's page): in this browser only, so never prerendered. */
export function HighlightsInArticles({ articles, about }: Props) {
  const { data } = useStoredQuery(highlightsQuery())
  const byId = useMemo(() => new Map(articles.map((article) => [article.id, article])), [articles])
  const mine = useMemo(() => (data?.highlights ?? []).filter((highlight) => byId.has(highlight.articleId)).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [data, byId])
  if (mine.length === 0) return null
  return (
    <section aria-labelledby="highlights-about" className="mt-10">
      <h2 id="highlights-about" className="font-serif text-2xl font-semibold">
        Your highlights about {about.name}
      </h2>
      <p className="mt-1 text-sm">
        <Link to={paths.highlightsAbout(about.kind, about.name)} className="font-medium text-accent underline">
          All your highlights about {about.name}
        </Link>
      </p>
      <ul className="mt-4 grid gap-5">
        {mine.map((highlight) => {
          const article = byId.get(highlight.articleId)
          return (
            <li key={highlight.id}>
              <blockquote className="font-serif text-lg leading-relaxed">
                <mark className={`${MARK_COLORS[highlight.color]} rounded-[2px] text-inherit`}>{highlight.selectors[0].exact}</mark>
              </blockquote>
              {highlight.note && <p className="mt-1 text-sm">Note: {highlight.note}</p>}
              {article && (
                <p className="mt-1 text-sm text-muted">
                  In{' '}
                  <Link to={paths.article(article.slug)} className="hover:text-accent hover:underline">
                    {article.headline}
                  </Link>
                </p>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
