import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type ChangeEvent } from 'react'
import { paths } from '../../config/paths'
import type { Article } from '../../lib/articles/article'
import type { Highlight } from './highlight'
import { highlightKeys } from './highlight-queries'
import { downloadHighlightsJson, downloadHighlightsMarkdown, type ExportArticles } from './export-files'
import { importHighlights } from './highlight-store'
import { describeImport } from './merge-import'
import { readImportFile } from './read-import-file'

type Outcome = { tone: 'success' | 'error'; text: string }

/**
 * Export as Markdown or W3C Web Annotation JSON; import that JSON back, all or nothing. The
 * file is read in a worker; a highlight here is replaced only by a newer one.
 */
export function ExportImportPanel({ highlights, articles }: { highlights: readonly Highlight[]; articles: ReadonlyMap<string, Article | null | undefined> }) {
  const queryClient = useQueryClient()
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const exported: ExportArticles = {
    url: (articleId) => {
      const article = articles.get(articleId)
      return article ? new URL(paths.article(article.slug), window.location.origin).href : undefined
    },
    details: (articleId) => articles.get(articleId) ?? undefined,
  }

  const importing = useMutation({
    mutationFn: async (file: File): Promise<Outcome> => {
      const parsed = await readImportFile(file)
      if (!parsed.ok) return { tone: 'error', text: `Nothing was imported from ${file.name}. ${parsed.error}` }
      return { tone: 'success', text: describeImport(file.name, await importHighlights(parsed.highlights)) }
    },
    onMutate: () => {
      setOutcome(null)
    },
    onSuccess: setOutcome,
    onError: (error, file) => {
      setOutcome({ tone: 'error', text: `Nothing was imported from ${file.name}. ${error.message}` })
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: highlightKeys.all }),
  })

  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = ''
    if (file) importing.mutate(file)
  }

  const button = 'rounded-md border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink'
  return (
    <section aria-labelledby="export-import" className="mt-12 border-t border-rule pt-6">
      <h2 id="export-import" className="font-serif text-xl font-semibold">
        Export and import
      </h2>
      <p className="mt-1 text-sm text-muted">
        Keep a copy of your highlights, or move them to another browser. JSON uses the W3C Web Annotation format. Importing never replaces a highlight
        here with an older version of it.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() => {
            downloadHighlightsMarkdown(highlights, exported)
          }}
          disabled={highlights.length === 0}
        >
          Export Markdown
        </button>
        <button
          type="button"
          className={button}
          onClick={() => {
            downloadHighlightsJson(highlights, exported)
          }}
          disabled={highlights.length === 0}
        >
          Export JSON
        </button>
        <label className={`${button} cursor-pointer has-focus-visible:outline-2 has-focus-visible:outline-accent has-disabled:cursor-wait has-disabled:opacity-60`}>
          Import JSON
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            className="sr-only"
            disabled={importing.isPending}
            onChange={importFile}
          />
        </label>
      </div>
      <p role="status" className="mt-3 text-sm">
        {importing.isPending ? 'Importing…' : outcome?.tone === 'success' && outcome.text}
      </p>
      <p role="alert" className="text-sm font-semibold text-accent">
        {outcome?.tone === 'error' && outcome.text}
      </p>
    </section>
  )
}
