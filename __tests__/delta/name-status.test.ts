import { describe, expect, it } from 'vitest'
import { parseNameStatus } from '../../src/delta/name-status.ts'

describe('parseNameStatus', () => {
  it('reads -z records, keeps odd names intact and strips the tree prefix', () => {
    const out = [
      'A',
      'app/force-app/a b$c.cls',
      'M',
      'app/x.cls',
      'D',
      'app/é.cls',
      'T',
      'app/link',
      ''
    ].join('\0')
    expect(parseNameStatus(out, 'app/')).toEqual([
      { status: 'A', path: 'force-app/a b$c.cls' },
      { status: 'M', path: 'x.cls' },
      { status: 'D', path: 'é.cls' },
      { status: 'M', path: 'link' }
    ])
  })

  it('splits a rename into a delete and an add', () => {
    expect(parseNameStatus(['R100', 'old.cls', 'new.cls', ''].join('\0'))).toEqual([
      { status: 'D', path: 'old.cls' },
      { status: 'A', path: 'new.cls' }
    ])
  })

  it('refuses unmerged files, naming them', () => {
    expect(() => parseNameStatus(['U', 'a.cls', 'U', 'b.cls', ''].join('\0'))).toThrow(
      /Unmerged files in the diff \(a\.cls, b\.cls\)/
    )
  })
})
