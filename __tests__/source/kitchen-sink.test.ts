import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPackage } from '../../src/source/build-package.ts'
import { FsSourceTree } from '../../src/source/fs-source-tree.ts'
import { unzipEntries, zipPackage } from '../../src/source/zip.ts'
import { resolveSource } from '../../src/model/source-map.ts'
import { KITCHEN_SINK, KITCHEN_SINK_EXPECTED } from '../support/fixtures.ts'

const fixture = KITCHEN_SINK
const expectedDir = path.join(KITCHEN_SINK_EXPECTED, 'mdapi')

function listTree(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    const rel = prefix === '' ? name : `${prefix}/${name}`
    return statSync(full).isDirectory() ? listTree(full, rel) : [rel]
  })
}

async function build(): ReturnType<typeof buildPackage> {
  return buildPackage(new FsSourceTree(fixture), {
    projectDir: '',
    sourceDirs: [],
    ignoreUnknown: false,
    env: { KS_GREETING: 'Howdy' }
  })
}

describe('kitchen-sink conformance (reference output in __tests__/fixtures)', () => {
  it('writes exactly the reference files, byte for byte (static-resource zips by entries)', async () => {
    const built = await build()
    const expected = listTree(expectedDir).sort()
    expect([...built.files.keys()].sort()).toEqual(expected)
    for (const rel of expected) {
      const want = new Uint8Array(readFileSync(path.join(expectedDir, rel)))
      const got = built.files.get(rel)
      if (rel.endsWith('.resource') && want[0] === 0x50 && want[1] === 0x4b) {
        const a = unzipEntries(got ?? new Uint8Array())
        const b = unzipEntries(want)
        expect([...a.keys()].sort(), rel).toEqual([...b.keys()].sort())
        for (const [name, bytes] of b)
          expect(Buffer.from(a.get(name) ?? []).equals(Buffer.from(bytes)), `${rel}!${name}`).toBe(
            true
          )
      } else {
        expect(Buffer.from(got ?? []).toString('utf8'), rel).toBe(
          Buffer.from(want).toString('utf8')
        )
      }
    }
  })

  it('lists the components the reference resolved', async () => {
    const built = await build()
    const components = JSON.parse(
      readFileSync(path.join(KITCHEN_SINK_EXPECTED, 'components.json'), 'utf8')
    ) as { type: string; fullName: string; parent?: string }[]
    const members = new Set(built.components.map((c) => `${c.type}:${c.fullName}`))
    // Folders are listed under their content type, Report and Dashboard folders with a trailing slash.
    const asMember = (c: { type: string; fullName: string }): string => {
      const folder = /^(Report|Dashboard|Document|Email)Folder$/.exec(c.type)?.[1]
      if (folder === undefined) return `${c.type}:${c.fullName}`
      const type = folder === 'Email' ? 'EmailTemplate' : folder
      return `${type}:${c.fullName}${folder === 'Report' || folder === 'Dashboard' ? '/' : ''}`
    }
    for (const c of components) expect(members.has(asMember(c)), asMember(c)).toBe(true)
  })

  it('maps deploy messages back to the repository files', async () => {
    const { sourceMap } = await build()
    expect(resolveSource(sourceMap, { fileName: 'classes/Greeter.cls', lineNumber: 3 })).toEqual({
      path: 'force-app/main/default/classes/Greeter.cls',
      line: 3
    })
    expect(
      resolveSource(sourceMap, {
        fileName: 'objects/Foo__c.object',
        componentType: 'CustomField',
        fullName: 'Foo__c.Extra__c'
      })?.path
    ).toBe('extra-app/main/default/objects/Foo__c/fields/Extra__c.field-meta.xml')
    expect(resolveSource(sourceMap, { fileName: 'lwc/helloWorld' })?.path).toBe(
      'force-app/main/default/lwc/helloWorld/helloWorld.js-meta.xml'
    )
    expect(resolveSource(sourceMap, { fileName: 'reports/Sales/Top_Deals.report' })?.path).toBe(
      'force-app/main/default/reports/Sales/Top_Deals.report-meta.xml'
    )
    const zeta = resolveSource(sourceMap, { fileName: 'objects/Foo__c.object', lineNumber: 45 })
    expect(zeta?.path).toBe('force-app/main/default/objects/Foo__c/fields/Zeta__c.field-meta.xml')
  })

  it('zips deterministically', async () => {
    const a = await zipPackage((await build()).files)
    const b = await zipPackage((await build()).files)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    expect(unzipEntries(a).get('package.xml')).toBeDefined()
  })
})
