import { Link } from 'react-router'
import { paths } from '../../config/paths'
import type { Article } from '../../lib/articles/article'
import { ENTITY_FOLDERS, ENTITY_GROUP_TITLES, ENTITY_KEYS, ENTITY_KINDS, type EntityKind } from '../../lib/entities/entity'

/** A name's own page when it has one, else the list filtered to it. */
function aboutPath(article: Article, kind: EntityKind, name: string): string {
  const slug = article.entitySlugs?.[ENTITY_KEYS[kind]]?.[name]
  return slug ? paths.entity(ENTITY_FOLDERS[kind], slug) : paths.articlesAbout(kind, name)
}

/** Who and what the story is about, each a link to their page (or the other articles about them); and who said what. */
export function ArticleAbout({ article }: { article: Article }) {
  const groups = ENTITY_KINDS.filter((kind) => article.entities[ENTITY_KEYS[kind]].length > 0)
  if (groups.length === 0 && article.quotes.length === 0) return null
  return (
    <section aria-labelledby="in-this-article" className="mt-12 border-t border-rule pt-6 font-sans print:hidden">
      <h2 id="in-this-article" className="text-xs font-semibold tracking-widest text-muted uppercase">
        In this article
      </h2>
      <div className="mt-4 grid gap-6 sm:grid-cols-3">
        {groups.map((kind) => (
          <div key={kind}>
            <h3 className="font-serif text-lg font-semibold">{ENTITY_GROUP_TITLES[kind]}</h3>
            <ul className="mt-2 flex flex-wrap gap-2">
              {article.entities[ENTITY_KEYS[kind]].map((name) => (
                <li key={name}>
                  <Link
                    to={aboutPath(article, kind, name)}
                    className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-accent hover:text-accent"
                  >
                    {name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {article.quotes.length > 0 && (
        <div className="mt-8">
          <h3 className="font-serif text-lg font-semibold">Quoted</h3>
          <ul className="mt-3 grid gap-4">
            {article.quotes.map((quote) => (
              <li key={quote.text}>
                <figure>
                  <blockquote className="border-l-4 border-accent pl-4 font-serif text-lg leading-relaxed">“{quote.text}”</blockquote>
                  <figcaption className="mt-1 pl-4 text-sm text-muted">
                    — <Link to={aboutPath(article, 'person', quote.speaker)} className="hover:text-accent hover:underline">{quote.speaker}</Link>
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
