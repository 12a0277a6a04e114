/**
 * Where the build keeps what it made for one folder (an output or an articles folder), beside
 * the project and never in the output: `node_modules/.cache/broadsheet-<kind>/<folder as a
 * name>`, relative to the project. One per folder, so two builds at once never share one.
 */
export function buildCachePath(kind: string, folder: string): string {
  return `node_modules/.cache/broadsheet-${kind}/${folder.replace(/[^A-Za-z0-9]+/g, '-')}`
}
