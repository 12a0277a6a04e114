import { queryOptions } from '@tanstack/react-query'
import { editionQuery } from '../edition/edition-query'
import { fetchJson } from '../fetch-json'
import type { Article, ArticleList, ArticleLookupManifest, ArticleLookupShard, ArticleRef, ArticleSummary } from './article'
import { refForIdPrefix } from './find-article'

// Article data never changes within an edition (its URLs carry content hashes): never stale.

export const articleListQuery = () =>
  queryOptions({
    queryKey: ['articles', 'list'],
    queryFn: async ({ client }) => fetchJson<ArticleList>((await client.query(editionQuery())).list),
    staleTime: 'static',
  })

export const articleChunkQuery = (url: string) =>
  queryOptions({
    queryKey: ['articles', 'chunk', url],
    queryFn: () => fetchJson<ArticleSummary[]>(url),
    staleTime: 'static',
  })

const lookupManifestQuery = () =>
  queryOptions({
    queryKey: ['articles', 'lookup'],
    queryFn: async ({ client }) => fetchJson<ArticleLookupManifest>((await client.query(editionQuery())).lookup),
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
      const listed = client
        .getQueriesData<ArticleSummary[]>({ queryKey: ['articles', 'chunk'] })
        .flatMap(([, chunk]) => chunk ?? [])
        .find((summary) => summary.slug.endsWith(`-${idPrefix}`) || summary.slug === idPrefix)
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
