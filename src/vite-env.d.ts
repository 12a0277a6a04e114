/// <reference types="vite/client" />

declare module 'virtual:articles' {
  /** Content-hashed URL of the article index JSON, written by src/build/articles-plugin.ts. */
  export const articleIndexUrl: string
}
