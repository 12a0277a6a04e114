/** Saves text (or a picture) as a file through the browser's download. */
export function downloadFile(fileName: string, content: string | Blob, type: string) {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([content], { type }))
  link.download = fileName
  link.click()
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => {
    URL.revokeObjectURL(link.href)
  }, 0)
}
