import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { paths } from '../../config/paths'
import type { ArticleSummary } from '../../lib/articles/article'
import { ArticleByline } from './article-byline'
import { articleIndexQuery } from '../../lib/articles/article-queries'

export function ArticleListPage() {
  const { data } = useSuspenseQuery(articleIndexQuery())
  const count = data.articles.length
  return (
    <>
      <title>Latest articles · Broadsheet</title>
      <div className="mb-8 flex items-baseline justify-between gap-4 border-b-2 border-ink pb-3">
        <h1 tabIndex={-1} className="font-serif text-3xl font-bold tracking-tight focus:outline-none sm:text-4xl">
          Latest
        </h1>
        {count > 0 && (
          <p className="text-sm text-muted">
            {count} {count === 1 ? 'article' : 'articles'}
          </p>
        )}
      </div>
      {count === 0 ? <NoArticles /> : <ArticleList articles={data.articles} />}
    </>
  )
}

function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ol className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.id} className="py-6 first:pt-0">
          <article className="grid gap-2">
            <h2 className="font-serif text-2xl leading-snug font-semibold text-balance">
              <Link to={paths.article(article.slug)} className="rounded-sm hover:text-accent hover:underline focus-visible:underline">
                {article.headline}
              </Link>
            </h2>
            <ArticleByline article={article} />
            <p className="max-w-[65ch] text-base leading-relaxed text-pretty">{article.dek}</p>
          </article>
        </li>
      ))}
    </ol>
  )
}

function NoArticles() {
  return (
    <div className="rounded-lg border border-dashed border-rule px-6 py-12 text-center">
      <p className="font-serif text-xl font-semibold">No articles yet</p>
      <p className="mx-auto mt-2 max-w-[50ch] text-muted">
        Drop newswire <code>.txt</code> files into the articles folder and rebuild: they will appear here, newest first.
      </p>
    </div>
  )
}
