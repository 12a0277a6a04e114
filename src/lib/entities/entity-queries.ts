import { queryOptions } from '@tanstack/react-query'
import { editionQuery } from '../edition/edition-query'
import { fetchJson } from '../fetch-json'
import { ENTITY_FOLDERS, type EntityKind, type EntityPage } from './entity'

/** An entity page's data; like article data, it never changes within an edition. */
export const entityPageQuery = (kind: EntityKind, slug: string) =>
  queryOptions({
    queryKey: ['entities', kind, slug],
    queryFn: async ({ client }) => fetchJson<EntityPage>(`${(await client.query(editionQuery())).entities}/${ENTITY_FOLDERS[kind]}/${encodeURIComponent(slug)}.json`),
    staleTime: 'static',
  })
