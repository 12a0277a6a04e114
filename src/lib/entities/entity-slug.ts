import { forEachTerm } from '../search/tokenize.ts'

/**
 * A name's address part, folded as the search index folds words: "Kim Jong Un" → kim-jong-un,
 * "Łódź" and "Lodz" → lodz, "Washington, D.C." → washington-dc. Spellings that differ only
 * in accents, case or dots share a page.
 */
export function entitySlug(name: string): string {
  const terms: string[] = []
  forEachTerm(name, (term) => terms.push(term))
  return terms.join('-')
}
