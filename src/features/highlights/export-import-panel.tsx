import { useQueryClient } from '@tanstack/react-query'
import { useState, type ChangeEvent } from 'react'
import { paths } from '../../config/paths'
import type { Article } from '../../lib/articles/article'
import { downloadFile } from '../../lib/download'
import { newId } from '../../lib/new-id'
import type { Highlight } from './highlight'
import { highlightKeys } from './highlight-queries'
import { importHighlights } from './highlight-store'
import { highlightsToMarkdown } from './export-markdown'
import { fromAnnotationCollection, toAnnotationCollection } from './web-annotation'

type Outcome = { tone: 'success' | 'error'; text: string }

/** Export as Markdown or W3C Web Annotation JSON; import that JSON back, all or nothing. */
export function ExportImportPanel({ highlights, articles }: { highlights: readonly Highlight[]; articles: ReadonlyMap<string, Article | null | undefined> }) {
  const queryClient = useQueryClient()
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const articleUrl = (articleId: string) => {
    const article = articles.get(articleId)
    return article ? new URL(paths.article(article.slug), window.location.origin).href : undefined
  }
  const today = new Date().toISOString().slice(0, 10)

  const exportJson = () => {
    const collection = toAnnotationCollection(highlights, { articleUrl, id: `urn:uuid:${newId()}` })
    downloadFile(`broadsheet-highlights-${today}.json`, JSON.stringify(collection, null, 2), 'application/ld+json')
  }

  const exportMarkdown = () => {
    const ids = [...new Set(highlights.map((highlight) => highlight.articleId))]
    const groups = ids.map((articleId) => {
      const article = articles.get(articleId)
      return {
        articleId,
        article: article ? { headline: article.headline, date: article.date, url: articleUrl(articleId) ?? '' } : undefined,
        highlights: highlights.filter((highlight) => highlight.articleId === articleId),
      }
    })
    downloadFile(`broadsheet-highlights-${today}.md`, highlightsToMarkdown(groups, { exportedAt: today }), 'text/markdown')
  }

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    const parsed = fromAnnotationCollection(await file.text())
    if (!parsed.ok) {
      setOutcome({ tone: 'error', text: `Nothing was imported from ${file.name}. ${parsed.error}` })
      return
    }
    try {
      const { added, updated, unchanged } = await importHighlights(parsed.highlights)
      setOutcome({ tone: 'success', text: `Imported ${file.name}: ${added} new, ${updated} updated, ${unchanged} already here.` })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      setOutcome({ tone: 'error', text: `Nothing was imported from ${file.name}. ${reason}` })
    } finally {
      await queryClient.invalidateQueries({ queryKey: highlightKeys.all })
    }
  }

  const button = 'rounded-md border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink'
  return (
    <section aria-labelledby="export-import" className="mt-12 border-t border-rule pt-6">
      <h2 id="export-import" className="font-serif text-xl font-semibold">
        Export and import
      </h2>
      <p className="mt-1 text-sm text-muted">
        Keep a copy of your highlights, or move them to another browser. JSON uses the W3C Web Annotation format.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={button} onClick={exportMarkdown} disabled={highlights.length === 0}>
          Export Markdown
        </button>
        <button type="button" className={button} onClick={exportJson} disabled={highlights.length === 0}>
          Export JSON
        </button>
        <label className={`${button} cursor-pointer has-focus-visible:outline-2 has-focus-visible:outline-accent`}>
          Import JSON
          <input type="file" accept=".json,.jsonld,application/json,application/ld+json" className="sr-only" onChange={(event) => void importFile(event)} />
        </label>
      </div>
      <p role="status" className="mt-3 text-sm">
        {outcome?.tone === 'success' && outcome.text}
      </p>
      <p role="alert" className="text-sm font-semibold text-accent">
        {outcome?.tone === 'error' && outcome.text}
      </p>
    </section>
  )
}
