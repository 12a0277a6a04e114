import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { readPageState } from '../lib/page-state/page-state'
import type { PageData } from '../lib/page-state/page-data'
import { createQueryClient, seedQueryCache } from './query-client'

/**
 * The browser's one query client. It loads after the page has hydrated (with the first
 * island, or the first navigation's loader) and starts with what the page already shows.
 */
export const queryClient = createQueryClient()

// The routes' ids are the page data's keys (router.tsx), so the loader data is the page data.
const pageData: PageData = readPageState(document)?.router.loaderData ?? {}
seedQueryCache(queryClient, pageData)

export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}
