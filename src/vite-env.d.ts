/// <reference types="vite/client" />

// Written by src/build/site-plugin.ts.
declare module 'virtual:articles' {
  /** The edition's file, which names its data files (see src/lib/edition/edition.ts). */
  export const editionUrl: string
}
