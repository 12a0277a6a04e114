// Runs every case of conformance/text-fragments.json (see conformance/README.md for where the
// cases come from and how they are judged) as its own test, named by the case id.
import { describe, expect, it } from 'vitest'
import data from './conformance/text-fragments.json'
import { formatTextDirective, parseTextFragment, splitFragmentDirective } from './text-fragment'
import type { TextDirective } from './text-fragment'

type ParseCase = {
  id: string
  input: string
  expect: TextDirective[] | null // null: no fragment directive at all, read as []
  expectFragment: string
}

type GenerateCase = {
  id: string
  directive?: TextDirective
  directives?: TextDirective[] // the one multi-directive case, judged joined with '&'
  expect: string
  encodingDependent: boolean
}

const parseCases = data.parse as ParseCase[]
const generateCases = data.generate as GenerateCase[]

describe('conformance: parse', () => {
  it('has all 166 cases', () => {
    expect(parseCases).toHaveLength(166)
  })

  for (const c of parseCases) {
    it(c.id, () => {
      expect(parseTextFragment(c.input)).toStrictEqual(c.expect ?? [])
      expect(splitFragmentDirective(c.input).fragment).toBe(c.expectFragment)
    })
  }
})

describe('conformance: generate', () => {
  it('has all 19 cases', () => {
    expect(generateCases).toHaveLength(19)
  })

  for (const c of generateCases) {
    it(c.id, () => {
      const directives = c.directives ?? (c.directive ? [c.directive] : [])
      expect(directives.length).toBeGreaterThan(0)
      const result = directives.map(formatTextDirective).join('&')

      if (c.encodingDependent) {
        // Any encoding is acceptable here as long as it cannot be mistaken for a second delimiter.
        expect(result).not.toContain(':~:')
      } else {
        expect(result).toBe(c.expect)
      }
      expect(parseTextFragment(':~:' + result)).toStrictEqual(directives)
    })
  }
})
