import { lazy, Suspense } from 'react'
import type { ShareAsImageProps } from './share-as-image-dialog'

export type { PicturedPassage } from './share-as-image-dialog'

// The picture code loads when a reader first asks for a picture, not with the page.
const ShareAsImageDialog = lazy(() => import('./share-as-image-dialog'))

/** The "Share as image" dialog, loaded on first use. */
export function ShareAsImage(props: ShareAsImageProps) {
  return (
    <Suspense fallback={null}>
      <ShareAsImageDialog {...props} />
    </Suspense>
  )
}
