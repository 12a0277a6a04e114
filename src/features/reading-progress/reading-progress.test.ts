import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { READING_PROGRESS_SCHEMA_VERSION, readingProgressSchema, readingStatus, worthResuming, type ReadingProgress } from './reading-progress'

const progress = (change: Partial<ReadingProgress> = {}): ReadingProgress => ({
  schemaVersion: READING_PROGRESS_SCHEMA_VERSION,
  articleId: '1195f8b02fb32f15',
  position: { paragraph: 4, offset: 12, quote: 'the ceremony was' },
  percent: 40,
  finished: false,
  updatedAt: '2026-11-30T07:00:00.000Z',
  ...change,
})

describe('readingStatus', () => {
  it('is unread with no record, in progress with one, read once finished', () => {
    expect(readingStatus(undefined)).toEqual({ state: 'unread' })
    expect(readingStatus(progress())).toEqual({ state: 'in-progress', percent: 40 })
    expect(readingStatus(progress({ finished: true, percent: 100 }))).toEqual({ state: 'read' })
  })
})

describe('worthResuming', () => {
  it('offers to go back past the first lines of an unfinished article only', () => {
    expect(worthResuming(progress())).toBe(true)
    expect(worthResuming(progress({ position: { paragraph: 0, offset: 30, quote: 'x' }, percent: 6 }))).toBe(true)
    expect(worthResuming(progress({ position: { paragraph: 0, offset: 10, quote: 'x' }, percent: 2 }))).toBe(false)
    expect(worthResuming(progress({ finished: true }))).toBe(false)
    expect(worthResuming(undefined)).toBe(false)
  })
})

describe('readingProgressSchema', () => {
  it('accepts what the app stores', () => {
    expect(v.is(readingProgressSchema, progress())).toBe(true)
  })

  it.each([
    ['a negative paragraph', { position: { paragraph: -1, offset: 0, quote: '' } }],
    ['a fractional offset', { position: { paragraph: 1, offset: 1.5, quote: '' } }],
    ['a share past 100', { percent: 140 }],
    ['another schema version', { schemaVersion: 2 }],
    ['a malformed article id', { articleId: '../etc' }],
    ['a date that is not one', { updatedAt: 'yesterday' }],
  ])('refuses %s', (_, change) => {
    expect(v.is(readingProgressSchema, { ...progress(), ...change })).toBe(false)
  })
})
