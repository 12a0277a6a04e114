import { FindPage } from '../../features/find/find-page'
import type { RowActionsProps } from '../../features/find/article-row'
import { SaveToggle } from '../../features/saved/save-toggle'

/** The list, with a Save toggle on each article: the features meet here, in the app. */
export function ListRoute() {
  return <FindPage RowActions={RowActions} />
}

function RowActions({ article }: RowActionsProps) {
  return <SaveToggle articleId={article.id} headline={article.headline} />
}
