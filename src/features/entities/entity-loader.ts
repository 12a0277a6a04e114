import type { QueryClient } from '@tanstack/react-query'
import { data, type LoaderFunctionArgs } from 'react-router'
import { kindOfFolder } from '../../lib/entities/entity'
import { entityPageQuery } from '../../lib/entities/entity-queries'
import { FetchError } from '../../lib/fetch-json'
import type { EntityPageData } from '../../lib/page-state/page-data'

const SLUG = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u

/** The person, place or organisation the address names, or a 404 when it has no page. */
export const entityPageLoader =
  (loadQueryClient: () => Promise<QueryClient>) =>
  async ({ params }: LoaderFunctionArgs): Promise<EntityPageData> => {
    const kind = kindOfFolder(params.kind ?? '')
    const slug = params.slug ?? ''
    // Only addresses the build could have made (folded words and hyphens) are asked for.
    if (!kind || !SLUG.test(slug)) throw notFound()
    const queryClient = await loadQueryClient()
    try {
      return { entity: await queryClient.query(entityPageQuery(kind, slug)) }
    } catch (error) {
      // A missing file is no page; some static servers answer it with their app page instead.
      if ((error instanceof FetchError && error.status === 404) || error instanceof SyntaxError) throw notFound()
      throw error
    }
  }

function notFound() {
  return data('No page has this address.', { status: 404 })
}
