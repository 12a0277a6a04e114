/** Hebrew and Arabic letters: a text whose first letter is one of them reads right to left. */
const RIGHT_TO_LEFT = /^[^\p{L}]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u

export function startsRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text)
}
