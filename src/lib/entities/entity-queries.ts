import { queryOptions } from '@tanstack/react-query'
import { entityDataBase } from 'virtual:articles'
import { fetchJson } from '../fetch-json'
import { ENTITY_FOLDERS, type EntityKind, type EntityPage } from './entity'

/** An entity page's data; like article data, it never changes within a build. */
export const entityPageQuery = (kind: EntityKind, slug: string) =>
  queryOptions({
    queryKey: ['entities', kind, slug],
    queryFn: () => fetchJson<EntityPage>(`${entityDataBase}/${ENTITY_FOLDERS[kind]}/${encodeURIComponent(slug)}.json`),
    staleTime: 'static',
  })
