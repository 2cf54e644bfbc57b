import { describe, expect, it } from 'vitest'
import { readMetadataDir, readMetadataZip } from '../../src/source/metadata-dir.ts'
import { InMemorySourceTree } from '../../src/source/source-tree.ts'
import { zipEntries } from '../../src/source/zip.ts'
import { buildPackageXml } from '../../src/source/manifest.ts'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const PKG = buildPackageXml([{ type: 'ApexClass', fullName: 'A' }], '60.0')

describe('metadata-format passthrough', () => {
  it('reads a folder as it is, mapping files back to the tree', async () => {
    const tree = new InMemorySourceTree({
      'mdapi/package.xml': PKG,
      'mdapi/classes/A.cls': 'x',
      'mdapi/classes/A.cls-meta.xml': '<a/>'
    })
    const built = await readMetadataDir(tree, 'mdapi')
    expect([...built.files.keys()].sort()).toEqual([
      'classes/A.cls',
      'classes/A.cls-meta.xml',
      'package.xml'
    ])
    expect(built.components).toEqual([{ type: 'ApexClass', fullName: 'A' }])
    expect(built.apiVersion).toBe('60.0')
    expect(built.sourceMap.files['classes/A.cls']).toEqual(['mdapi/classes/A.cls'])
  })

  it('reads a zip and lifts a single package folder to the root', async () => {
    const zip = zipEntries(
      new Map([
        ['unpackaged/package.xml', enc(PKG)],
        ['unpackaged/classes/A.cls', enc('x')]
      ])
    )
    const built = await readMetadataZip(zip)
    expect([...built.files.keys()].sort()).toEqual(['classes/A.cls', 'package.xml'])
  })

  it('needs a package.xml', async () => {
    await expect(
      readMetadataDir(new InMemorySourceTree({ 'm/classes/A.cls': 'x' }), 'm')
    ).rejects.toThrow(/no package.xml/)
  })
})
