/** "1 article", "3 articles". */
export function articleCount(count: number): string {
  return `${count} ${count === 1 ? 'article' : 'articles'}`
}
