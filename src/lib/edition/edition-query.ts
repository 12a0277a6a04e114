import { queryOptions } from '@tanstack/react-query'
import { editionUrl } from 'virtual:articles'
import { fetchJson } from '../fetch-json'
import type { Edition } from './edition'

/**
 * The edition this page belongs to. Asked of the server (or the service worker, which holds
 * the edition it was installed with) once per page load: its name never changes, its content
 * does with every build.
 */
export const editionQuery = () =>
  queryOptions({
    queryKey: ['edition'],
    queryFn: () => fetchJson<Edition>(editionUrl, { cache: 'no-cache' }),
    staleTime: 'static',
  })
