import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import { readdirSync } from 'node:fs'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Two programs live in src/ (see README "Project layout"): the browser app, and the content
// pipeline (src/pipeline), which runs on Node at build time. Neither may reach into the other.
const BROWSER_CODE = ['src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/config/**/*.{ts,tsx}', 'src/main.tsx']
const TESTS = ['src/**/*.test.{ts,tsx}']
const browserOnly = [
  { group: ['**/pipeline/*', '**/build/*'], message: 'Browser code must not import the build-time pipeline (src/pipeline) or the Vite adapters (src/build).' },
  { group: ['node:*'], message: 'Browser code runs in the browser: no Node modules.' },
  { group: ['compromise', 'compromise/*', 'yaml'], message: 'This library is for the build-time pipeline only.' },
]
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

// A feature may use shared code (src/lib, src/components, src/config) but never the app
// layer or another feature's internals.
const features = readdirSync(new URL('./src/features', import.meta.url))
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  ignores: TESTS,
  rules: restrict([
    ...browserOnly,
    { group: ['**/app/*', '../../app/*'], message: 'Features must not import from src/app.' },
    ...features
      .filter((other) => other !== feature)
      .map((other) => ({ group: [`**/features/${other}/*`, `../${other}/*`], message: `Move what ${feature} needs from ${other} into a shared layer.` })),
  ]),
}))

const programBoundaries = [
  { files: BROWSER_CODE, ignores: [...TESTS, 'src/features/**'], rules: restrict(browserOnly) },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: restrict([
      { group: ['**/app/*', '**/features/*', '**/components/*', '**/build/*'], message: 'The pipeline runs on Node at build time: it may use src/lib, never browser-only code.' },
      { group: ['react', 'react-*', 'react/*', 'react-dom/*', '@tanstack/*'], message: 'The pipeline runs on Node at build time: no UI libraries.' },
    ]),
  },
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `const { from: _, ...rest } = params` is how a key is dropped from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // `onClick={() => setOpen(true)}` is the idiom in JSX handlers.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Loaders throw react-router's data() responses; the router turns them into error pages.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'package', package: 'react-router', name: 'DataWithResponseInit' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Article text is text: never inject HTML.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Article text is text: never inject HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Article text is text: never inject HTML.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  ...programBoundaries,
  ...featureBoundaries,
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)
