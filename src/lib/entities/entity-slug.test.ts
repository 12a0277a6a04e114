import { describe, expect, it } from 'vitest'
import { kindOfFolder } from './entity'
import { entitySlug } from './entity-slug'

describe('entitySlug', () => {
  it.each([
    ['Kim Jong Un', 'kim-jong-un'],
    ['Vladimir Putin', 'vladimir-putin'],
    ['Łódź', 'lodz'],
    ['Lodz', 'lodz'],
    ['Washington, D.C.', 'washington-dc'],
    ['Stimson Center', 'stimson-center'],
    ['O’Brien', 'obrien'],
    ['Straße des 17. Juni', 'strasse-des-17-juni'],
  ])('%s → %s', (name, slug) => {
    expect(entitySlug(name)).toBe(slug)
  })
})

describe('kindOfFolder', () => {
  it('reads the kind from its folder, and nothing else', () => {
    expect(kindOfFolder('people')).toBe('person')
    expect(kindOfFolder('organisations')).toBe('organisation')
    expect(kindOfFolder('articles')).toBeUndefined()
  })
})
