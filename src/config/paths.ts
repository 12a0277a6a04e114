/** Every in-app URL is built here, so a route change is one edit. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}`,
  highlights: () => '/highlights',
} as const
