import { useSuspenseQuery } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { articleListQuery } from '../../lib/articles/article-queries'
import { ArticleResults } from './article-results'
import type { RowActionsProps } from './article-row'

type Props = {
  RowActions?: ComponentType<RowActionsProps>
}

/** The list of articles, newest first: where a reader decides what to read. */
export function FindPage({ RowActions }: Props) {
  const { data: list } = useSuspenseQuery(articleListQuery())
  return (
    <>
      <title>Latest articles · Broadsheet</title>
      <div className="mb-8 flex items-baseline justify-between gap-4 border-b-2 border-ink pb-3">
        <h1 tabIndex={-1} className="font-serif text-3xl font-bold tracking-tight focus:outline-none sm:text-4xl">
          Latest
        </h1>
        {list.count > 0 && (
          <p className="text-sm text-muted">
            {list.count} {list.count === 1 ? 'article' : 'articles'}
          </p>
        )}
      </div>
      {list.count === 0 ? (
        <NoArticles />
      ) : (
        <ArticleResults list={list} count={list.count} docAt={identity} terms={[]} RowActions={RowActions} activeIndex={undefined} />
      )}
    </>
  )
}

function identity(index: number) {
  return index
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
