// The structured-data tester ships no types: what the link-preview spec uses of it.
declare module 'structured-data-testing-tool' {
  type Preset = { name: string; tests: unknown[] }
  export type StructuredDataReport = { passed: { description: string }[]; failed: { description: string }[]; warnings: { description: string }[] }
  /** Resolves with the report when every test passes; rejects with `{ res: report }` when one fails. */
  export function structuredDataTest(url: string, options: { presets: Preset[] }): Promise<StructuredDataReport>
}
declare module 'structured-data-testing-tool/presets.js' {
  type Preset = { name: string; tests: unknown[] }
  const presets: { Twitter: Preset; Facebook: Preset }
  export default presets
}
