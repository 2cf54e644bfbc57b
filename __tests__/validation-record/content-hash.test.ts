import { describe, expect, it } from 'vitest'
import { zipPackage } from '../../src/source/zip.ts'
import { readMetadataZip } from '../../src/source/metadata-dir.ts'
import { contentHash, isContentHash } from '../../src/validation-record/content-hash.ts'
import { to18 } from '../../src/shared/salesforce-id.ts'
import { isOrgId, sameOrg } from '../../src/validation-record/org-id.ts'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('contentHash', () => {
  const files = new Map([
    ['package.xml', enc('<Package/>')],
    ['classes/A.cls', enc('public class A {}')],
    ['classes/A.cls-meta.xml', enc('<ApexClass/>')]
  ])

  it('does not depend on the order of the files', () => {
    const reversed = new Map([...files].reverse())
    expect(contentHash(reversed)).toBe(contentHash(files))
    expect(isContentHash(contentHash(files))).toBe(true)
  })

  it('changes when a byte, a path or a file changes', () => {
    const base = contentHash(files)
    expect(contentHash(new Map([...files, ['classes/A.cls', enc('public class A { }')]]))).not.toBe(
      base
    )
    const renamed = new Map(files)
    renamed.delete('classes/A.cls')
    renamed.set('classes/B.cls', enc('public class A {}'))
    expect(contentHash(renamed)).not.toBe(base)
    expect(contentHash(new Map([...files, ['classes/B.cls', enc('')]]))).not.toBe(base)
  })

  it('cannot be fooled by moving bytes between the path and the content', () => {
    expect(contentHash(new Map([['ab', enc('c')]]))).not.toBe(
      contentHash(new Map([['a', enc('bc')]]))
    )
  })

  it('is the same for the zip read back, whatever the zip bytes', async () => {
    const zip = await zipPackage(files)
    const back = await readMetadataZip(zip)
    expect(contentHash(back.files)).toBe(contentHash(files))
  })

  it('matches a known value', () => {
    // sha256 over "a.txt\0<sha256('x')>\n", computed independently with Python hashlib.
    expect(contentHash(new Map([['a.txt', enc('x')]]))).toBe(
      'd7a8ccc671c6d8c5c95aa4302fc55bc334152340b9b41f288e5e4df504cd8224'
    )
  })
})

describe('org ids', () => {
  it('expands 15 to 18 characters with the case-safe suffix', () => {
    // A well-known pair: 00D000000000062 → 00D000000000062EAA
    expect(to18('00D000000000062')).toBe('00D000000000062EAA')
    expect(to18('00D5g0000000SIMxxx')).toBe('00D5g0000000SIMxxx')
  })

  it('compares on the 15-character prefix', () => {
    expect(sameOrg('00D5g0000000SIM', '00D5g0000000SIMEA2')).toBe(true)
    expect(sameOrg('00D5g0000000SIM', '00D5g0000000SIm')).toBe(false)
    expect(isOrgId('00D5g0000000SIM')).toBe(true)
    expect(isOrgId('005000000000062')).toBe(false)
  })
})
