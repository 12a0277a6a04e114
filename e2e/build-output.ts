/** Where the end-to-end suite builds the seed site: dist/, or its own folder for a second copy of the suite. */
export const E2E_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0)
export const SEED_OUT = E2E_OFFSET ? `node_modules/.cache/broadsheet-e2e-seed${E2E_OFFSET}` : 'dist'
/** The corpus site (e2e/corpus/articles), built into a folder of its own. */
export const CORPUS_OUT = `node_modules/.cache/broadsheet-e2e-corpus${E2E_OFFSET || ''}`
