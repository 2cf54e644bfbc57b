import { readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseStaged, parseTree } from '../../src/delta/git-diff.ts'
import { indexEntries } from '../../src/delta/git-index.ts'
import { parseRawDiff } from '../../src/delta/name-status.ts'
import { createRepo, D, type TestRepo } from './git-repo.ts'

const ID = 'a'.repeat(40)
const NONE = '0'.repeat(40)

describe('parseRawDiff', () => {
  it('reads -z records with their modes, marks symbolic links at either end and strips the prefix', () => {
    const out = [
      `:000000 100644 ${NONE} ${ID} A`,
      'app/x.cls',
      `:120000 120000 ${ID} ${ID} M`,
      'app/lwc',
      `:040000 120000 ${ID} ${ID} T`,
      'app/classes',
      `:120000 000000 ${ID} ${NONE} D`,
      'app/old',
      `:100644 100644 ${ID} ${ID} R100`,
      'app/a.cls',
      'app/b.cls',
      ''
    ].join('\0')
    expect(parseRawDiff(out, 'app/')).toEqual([
      { status: 'A', path: 'x.cls', link: false },
      { status: 'M', path: 'lwc', link: true },
      { status: 'M', path: 'classes', link: true },
      { status: 'D', path: 'old', link: true },
      { status: 'D', path: 'a.cls', link: false },
      { status: 'A', path: 'b.cls', link: false }
    ])
  })

  it('refuses unmerged files, naming them', () => {
    expect(() =>
      parseRawDiff([`:000000 000000 ${NONE} ${NONE} U`, 'a.cls', ''].join('\0'))
    ).toThrow(/Unmerged files in the diff \(a\.cls\)/)
  })
})

describe('the symbolic links of a listing', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = createRepo(undefined, { 'vendor/lwc/a/a.js': 'x\n', [`${D}/classes/A.cls`]: 'x\n' })
    symlinkSync('../../../vendor/lwc', path.join(repo.dir, D, 'lwc'))
    repo.commit('link')
  })
  afterAll(() => repo.cleanup())

  it('reads them from the index file, from ls-files --stage and from ls-tree alike', () => {
    const expected = {
      paths: [`${D}/classes/A.cls`, `${D}/lwc`, 'vendor/lwc/a/a.js'],
      links: [`${D}/lwc`]
    }
    expect(indexEntries(readFileSync(path.join(repo.dir, '.git', 'index')), '')).toEqual(expected)
    expect(parseStaged(repo.git('ls-files', '-z', '--stage'), '')).toEqual(expected)
    const id = (file: string): string => repo.git('rev-parse', `HEAD:${file}`).trim()
    expect(parseTree(repo.git('ls-tree', '-r', '-z', 'HEAD'), '')).toEqual({
      ...expected,
      // A link's id is its text's: it is read by path, so that git follows it.
      ids: new Map([
        [`${D}/classes/A.cls`, id(`${D}/classes/A.cls`)],
        ['vendor/lwc/a/a.js', id('vendor/lwc/a/a.js')]
      ])
    })
    expect(parseTree(repo.git('ls-tree', '-r', '-z', 'HEAD'), 'force-app/')).toMatchObject({
      paths: ['main/default/classes/A.cls', 'main/default/lwc'],
      links: ['main/default/lwc']
    })
  })
})
