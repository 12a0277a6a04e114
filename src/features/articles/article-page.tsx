import { useSuspenseQuery } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { Link, Navigate, useLocation, useParams } from 'react-router'
import { paths } from '../../config/paths'
import type { Article, ArticleLink, ArticleRef } from '../../lib/articles/article'
import { articleQuery, articleRefQuery } from '../../lib/articles/article-queries'
import { idPrefixFromSlug } from '../../lib/articles/article-slug'
import { ArticleByline } from '../../components/article-byline'
import { ArticleAbout } from './article-about'

/** What the page needs to draw the article text; the app passes a Text that adds highlights. */
export type ArticleTextProps = { article: Article }

type Slots = {
  Text?: ComponentType<ArticleTextProps>
  /** Actions shown under the headline (Share). */
  Actions?: ComponentType<ArticleTextProps>
}

export function ArticlePage({ Text = ArticleText, Actions }: Slots) {
  const { slug = '' } = useParams()
  const location = useLocation()
  const { data: ref } = useSuspenseQuery(articleRefQuery(idPrefixFromSlug(slug) ?? ''))
  // The loader has already turned an unknown slug into a 404, so this finds the article.
  if (!ref) throw new Error(`No article for slug ${slug}`)
  if (ref.slug !== slug) {
    return <Navigate replace to={{ ...location, pathname: paths.article(ref.slug) }} />
  }
  return <ArticleView articleRef={ref} Text={Text} Actions={Actions} />
}

function ArticleView({ articleRef, Text, Actions }: Slots & { articleRef: ArticleRef; Text: ComponentType<ArticleTextProps> }) {
  const { data: article } = useSuspenseQuery(articleQuery(articleRef))
  return (
    <article className="mx-auto max-w-[68ch]">
      <title>{`${article.headline} · Broadsheet`}</title>
      <BackToList />
      <header className="mt-6 grid gap-4 border-b border-rule pb-6">
        <ArticleByline article={article} />
        <h1 tabIndex={-1} className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance focus:outline-none sm:text-5xl">
          {article.headline}
        </h1>
        {article.caption && <PhotoCaption caption={article.caption} />}
        {Actions && (
          <div className="flex flex-wrap gap-2">
            <Actions article={article} />
          </div>
        )}
      </header>
      <Text article={article} />
      <ArticleAbout article={article} />
      <ArticleNeighbours previous={article.previous} next={article.next} />
    </article>
  )
}

function BackToList() {
  return (
    <Link to={paths.home()} className="inline-flex items-center gap-1 text-sm font-medium text-muted hover:text-accent hover:underline">
      <span aria-hidden="true">←</span> All articles
    </Link>
  )
}

/** The wire sends the caption without its photo; it still sets the scene, so it is shown as one. */
function PhotoCaption({ caption }: { caption: string }) {
  return (
    <figure className="border-l-4 border-rule pl-4">
      <figcaption className="text-sm leading-relaxed text-muted">
        <span className="font-semibold text-ink">Photo: </span>
        {caption}
      </figcaption>
    </figure>
  )
}

function ArticleText({ article }: ArticleTextProps) {
  return (
    <div className="article-text prose prose-lg mt-8 max-w-none font-serif">
      {article.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  )
}

function ArticleNeighbours({ previous, next }: { previous?: ArticleLink; next?: ArticleLink }) {
  if (!previous && !next) return null
  return (
    <nav aria-label="More articles" className="mt-12 grid gap-4 border-t-2 border-ink pt-6 sm:grid-cols-2">
      {previous && <NeighbourLink label="Previous article" article={previous} />}
      {next && <NeighbourLink label="Next article" article={next} className="sm:col-start-2 sm:text-right" />}
    </nav>
  )
}

function NeighbourLink({ label, article, className = '' }: { label: string; article: ArticleLink; className?: string }) {
  return (
    <Link to={paths.article(article.slug)} className={`group grid gap-1 rounded-sm ${className}`}>
      <span className="text-xs font-semibold tracking-wider text-muted uppercase">{label}</span>
      <span className="font-serif text-lg leading-snug font-semibold group-hover:text-accent group-hover:underline">{article.headline}</span>
    </Link>
  )
}
