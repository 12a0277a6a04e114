import type { ComponentType } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths'
import type { Article, ArticleLink } from '../../lib/articles/article'
import { ArticleByline } from '../../components/article-byline'
import { ArticleAbout } from './article-about'

/** What the page needs to draw the article text; the app passes a Text that adds highlights. */
export type ArticleTextProps = { article: Article }

type Props = {
  article: Article
  Text?: ComponentType<ArticleTextProps>
  /** Actions shown under the headline (Save, Share). */
  Actions?: ComponentType<ArticleTextProps>
}

/** One article, laid out for reading: byline, headline, photo caption, text, who it is about. */
export function ArticlePage({ article, Text = ArticleText, Actions }: Props) {
  return (
    <article className="reading-column mx-auto">
      <title>{`${article.headline} · Broadsheet`}</title>
      {/* How far through the text the reader is: drawn by the stylesheet from the scroll position. */}
      <div aria-hidden="true" className="reading-progress print:hidden" />
      <BackToList />
      <header className="mt-6 grid gap-4 border-b border-rule pb-6">
        <ArticleByline article={article} />
        <h1 tabIndex={-1} className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance focus:outline-none sm:text-5xl">
          {article.headline}
        </h1>
        {article.caption && <PhotoCaption caption={article.caption} />}
        {Actions && (
          <div className="flex flex-wrap gap-2 print:hidden">
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
    <Link to={paths.home()} className="inline-flex items-center gap-1 text-sm font-medium text-muted hover:text-accent hover:underline print:hidden">
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

/** The article's paragraphs as plain text (the highlights feature draws the same, with marks). */
export function ArticleText({ article }: ArticleTextProps) {
  return (
    <div className="article-text mt-8">
      {article.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  )
}

function ArticleNeighbours({ previous, next }: { previous?: ArticleLink; next?: ArticleLink }) {
  if (!previous && !next) return null
  return (
    <nav aria-label="More articles" className="mt-12 grid gap-4 border-t-2 border-ink pt-6 sm:grid-cols-2 print:hidden">
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
