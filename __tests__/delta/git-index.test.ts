import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { indexPaths } from '../../src/delta/git-index.ts'
import { createRepo, D, type TestRepo } from './git-repo.ts'

// Names with multi-byte characters, next to names that share all but their last bytes with
// them: format 4 stores each name as "drop N bytes of the previous name, then this suffix".
const FILES = [
  `${D}/layouts/Account-Équipe1.layout-meta.xml`,
  `${D}/layouts/Account-Équipe2.layout-meta.xml`,
  `${D}/staticresources/site/é1`,
  `${D}/staticresources/site/é2`,
  `${D}/staticresources/site/日本語.css`,
  `${D}/staticresources/site/日本語x.css`,
  `${D}/staticresources/site/plain.js`
]

let repo: TestRepo
beforeAll(() => {
  repo = createRepo(undefined, Object.fromEntries(FILES.map((f) => [f, 'x\n'])))
})
afterAll(() => repo.cleanup())

const listed = (): string[] =>
  repo
    .git('-c', 'core.quotePath=false', 'ls-files', '-z')
    .split('\0')
    .filter((p) => p !== '')

describe('indexPaths', () => {
  for (const version of ['2', '3', '4'])
    it(`lists what ls-files lists from an index of format ${version}, non-ASCII names included`, () => {
      repo.git('update-index', '--index-version', version)
      const bytes = readFileSync(path.join(repo.dir, '.git', 'index'))
      expect(indexPaths(bytes, '')).toEqual(listed())
      expect(indexPaths(bytes, `${D}/staticresources/`)).toEqual([
        'site/plain.js',
        'site/é1',
        'site/é2',
        'site/日本語.css',
        'site/日本語x.css'
      ])
    })

  // A name of 0xfff bytes or more does not fit the flags' 12-bit length: its end is searched for.
  // Such paths are added to the index directly; no file system could hold one.
  it('lists names too long for the flags next to short ones, in every format', () => {
    const blob = repo.git('hash-object', '-w', '--stdin').trim()
    const segments = Array.from({ length: 25 }, (_, i) => `${'é'.repeat(90)}${i}`)
    const long = `${D}/staticresources/deep/${segments.join('/')}`
    for (const name of [long, `${long}x`])
      repo.git('update-index', '--add', '--cacheinfo', `100644,${blob},${name}`)
    expect(Buffer.byteLength(long)).toBeGreaterThan(0xfff)
    for (const version of ['2', '3', '4']) {
      repo.git('update-index', '--index-version', version)
      const bytes = readFileSync(path.join(repo.dir, '.git', 'index'))
      expect(indexPaths(bytes, '')).toEqual(listed())
      expect(indexPaths(bytes, '')).toContain(`${long}x`)
    }
  })
})
