import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { PackageFiles } from '../../src/source/package-files.ts'
import { PACKAGE_ZIP_LEVEL, unzipEntries, zipEntries, zipPackage } from '../../src/source/zip.ts'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('zip writer', () => {
  it('round-trips through our reader and through jszip, with UTF-8 names', async () => {
    const files = new Map([
      ['package.xml', enc('<Package/>')],
      ['layouts/Foo__c-Foo Layout.layout', enc('x'.repeat(1000))],
      ['email/unfiled$public/Ünïcode.email', enc('')]
    ])
    const zip = await zipPackage(files)
    const back = unzipEntries(zip)
    expect([...back.keys()].sort()).toEqual([...files.keys()].sort())
    expect(new TextDecoder().decode(back.get('layouts/Foo__c-Foo Layout.layout'))).toBe(
      'x'.repeat(1000)
    )
    const jszip = await JSZip.loadAsync(zip)
    expect(await jszip.file('email/unfiled$public/Ünïcode.email')?.async('string')).toBe('')
    expect(await jszip.file('layouts/Foo__c-Foo Layout.layout')?.async('string')).toBe(
      'x'.repeat(1000)
    )
  })

  it('is deterministic: entry order and timestamps do not depend on input order', () => {
    const a = zipEntries(
      new Map([
        ['b', enc('2')],
        ['a', enc('1')]
      ])
    )
    const b = zipEntries(
      new Map([
        ['a', enc('1')],
        ['b', enc('2')]
      ])
    )
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  it('adds folder entries on request (static-resource zips)', async () => {
    const zip = zipEntries(
      new Map([
        ['css/site.css', enc('a')],
        ['app.js', enc('b')]
      ]),
      { directoryEntries: true, level: 9 }
    )
    const names = Object.keys((await JSZip.loadAsync(zip)).files).sort()
    expect(names).toEqual(['app.js', 'css/', 'css/site.css'])
  })

  it('rejects data that is not a zip', () => {
    expect(() => unzipEntries(enc('hello'))).toThrow(/not a zip/)
  })
})

describe('PackageFiles', () => {
  it('reads back every file kept compressed, and zips as the plain writer does', async () => {
    const plain = new Map<string, Uint8Array>()
    for (let i = 0; i < 50; i++)
      plain.set(
        `classes/C${i}.cls`,
        new TextEncoder().encode(`public class C${i} {}\n`.repeat(i + 1))
      )
    plain.set('staticresources/img.png', new Uint8Array([1, 2, 3]))
    plain.set('empty.txt', new Uint8Array(0))
    const files = new PackageFiles(PACKAGE_ZIP_LEVEL, plain)
    for (const [name, bytes] of plain) {
      expect(Buffer.from(files.get(name) ?? []).equals(Buffer.from(bytes)), name).toBe(true)
      expect(files.byteLength(name)).toBe(bytes.length)
    }
    expect([...files.values()].reduce((n, b) => n + b.length, 0)).toBe(
      [...plain.values()].reduce((n, b) => n + b.length, 0)
    )
    const zip = await zipPackage(files)
    expect(
      Buffer.from(zip).equals(Buffer.from(zipEntries(plain, { level: PACKAGE_ZIP_LEVEL })))
    ).toBe(true)
    files.set('classes/C0.cls', new TextEncoder().encode('changed'))
    expect(new TextDecoder().decode(files.get('classes/C0.cls'))).toBe('changed')
  })
})
