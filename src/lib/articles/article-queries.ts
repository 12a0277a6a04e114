import { queryOptions } from '@tanstack/react-query'
import { articleIndexUrl } from 'virtual:articles'
import { fetchJson } from '../fetch-json'
import type { ArticleBody, ArticleIndex, ArticleSummary } from './article'

// Article data never changes within a build (its URLs carry content hashes): never stale.
export const articleIndexQuery = () =>
  queryOptions({
    queryKey: ['articles', 'index'],
    queryFn: () => fetchJson<ArticleIndex>(articleIndexUrl),
    staleTime: 'static',
  })

export const articleBodyQuery = (summary: Pick<ArticleSummary, 'id' | 'bodyUrl'>) =>
  queryOptions({
    queryKey: ['articles', 'body', summary.id],
    queryFn: () => fetchJson<ArticleBody>(summary.bodyUrl),
    staleTime: 'static',
  })
