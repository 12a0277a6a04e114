import { queryOptions } from '@tanstack/react-query'
import { articleIndexUrl, articleLookupUrl } from 'virtual:articles'
import { fetchJson } from '../fetch-json'
import type { Article, ArticleIndex, ArticleLookupManifest, ArticleLookupShard, ArticleRef } from './article'
import { refForIdPrefix } from './find-article'

// Article data never changes within a build (its URLs carry content hashes): never stale.

export const articleIndexQuery = () =>
  queryOptions({
    queryKey: ['articles', 'index'],
    queryFn: () => fetchJson<ArticleIndex>(articleIndexUrl),
    staleTime: 'static',
  })

const lookupManifestQuery = () =>
  queryOptions({
    queryKey: ['articles', 'lookup'],
    queryFn: () => fetchJson<ArticleLookupManifest>(articleLookupUrl),
    staleTime: 'static',
  })

const lookupShardQuery = (url: string) =>
  queryOptions({
    queryKey: ['articles', 'lookup', 'shard', url],
    queryFn: () => fetchJson<ArticleLookupShard>(url),
    staleTime: 'static',
  })

/**
 * Where the article whose id starts with `idPrefix` is, or null when none (or more than one)
 * does. A deep link needs only a small shard of the lookup, never the whole index.
 */
export const articleRefQuery = (idPrefix: string) =>
  queryOptions({
    queryKey: ['articles', 'ref', idPrefix],
    queryFn: async ({ client }): Promise<ArticleRef | null> => {
      // Coming from the list, its summary already says where the article is.
      const listed = client.getQueryData(articleIndexQuery().queryKey)?.articles.find((summary) => summary.slug.endsWith(idPrefix))
      if (listed) return { id: listed.id, slug: listed.slug, url: listed.url }
      const manifest = await client.query(lookupManifestQuery())
      const shardUrl = manifest[idPrefix.slice(0, 2)]
      if (!shardUrl) return null
      return refForIdPrefix(await client.query(lookupShardQuery(shardUrl)), idPrefix)
    },
    staleTime: 'static',
  })

export const articleQuery = (ref: Pick<ArticleRef, 'id' | 'url'>) =>
  queryOptions({
    queryKey: ['articles', 'article', ref.id],
    queryFn: () => fetchJson<Article>(ref.url),
    staleTime: 'static',
  })
