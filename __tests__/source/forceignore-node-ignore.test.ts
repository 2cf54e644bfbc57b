// Patterns that the reference's matcher (node-ignore 5, which the Salesforce CLI uses) reads
// differently from git; each expectation is node-ignore's answer for the same line and path.
import { describe, expect, it } from 'vitest'
import { buildPackage } from '../../src/source/build-package.ts'
import { ForceIgnore } from '../../src/source/forceignore.ts'
import { InMemorySourceTree } from '../../src/source/source-tree.ts'

const rules = (text: string): ForceIgnore => new ForceIgnore(text, '.forceignore', false)

describe('.forceignore as node-ignore reads it', () => {
  it('dir/* leaves the folder itself, so a negation brings a file back', () => {
    const fi = rules('fa/profiles/*\n!fa/profiles/Admin.profile-meta.xml\n')
    expect(fi.ignoresDir('fa/profiles')).toBe(false)
    expect(fi.ignores('fa/profiles/Admin.profile-meta.xml')).toBe(false)
    expect(fi.ignores('fa/profiles/Other.profile-meta.xml')).toBe(true)
  })

  it('a trailing /**/ matches the folder itself and everything in it', () => {
    const fi = rules('fa/layouts/**/\n**/aura/**/\n')
    expect(fi.ignores('fa/layouts/A-A.layout-meta.xml')).toBe(true)
    expect(fi.ignores('fa/x/aura/box/box.cmp')).toBe(true)
    expect(fi.ignores('fa/x/aura.cmp')).toBe(false)
  })

  it('** inside a segment does not cross folders', () => {
    const fi = rules('fa/**Test.cls\na**b.page\n')
    expect(fi.ignores('fa/ATest.cls')).toBe(true)
    expect(fi.ignores('fa/classes/ATest.cls')).toBe(false)
    expect(fi.ignores('x/aXb.page')).toBe(true)
    expect(fi.ignores('x/a/b.page')).toBe(false)
  })

  it('a trailing space after a slash anchors the pattern to the .forceignore folder', () => {
    const fi = rules('__tests__/ \nlwc/\t\n')
    expect(fi.ignores('__tests__/a.js')).toBe(true)
    expect(fi.ignores('fa/lwc/card/__tests__/card.test.js')).toBe(false)
    expect(fi.ignores('fa/lwc/card/card.js')).toBe(false)
    expect(fi.ignores('lwc/card/card.js')).toBe(true)
  })

  it('[!a] and [^a] are classes of literal characters, not negations', () => {
    const fi = rules('[!a]*.cls\n[^b]x\n')
    expect(fi.ignores('aTest.cls')).toBe(true)
    expect(fi.ignores('!x.cls')).toBe(true)
    expect(fi.ignores('bTest.cls')).toBe(false)
    expect(fi.ignores('^x')).toBe(true)
    expect(fi.ignores('cx')).toBe(false)
  })

  it('a lone ! re-includes every path that no ignored folder hides', () => {
    const fi = new ForceIgnore('!\n')
    expect(fi.ignores('lwc/card/.eslintrc.json')).toBe(false)
    expect(fi.ignores('classes/A.cls.dup')).toBe(false)
  })

  it('a line ending in a single backslash is no pattern', () => {
    const fi = rules('classes\\\nlabels\\\\\n')
    expect(fi.ignores('classes\\')).toBe(false)
    expect(fi.ignores('classes/A.cls')).toBe(false)
    expect(fi.ignores('labels\\')).toBe(true)
  })
})

describe('a project whose .forceignore keeps one profile', () => {
  it('deploys the profile brought back by a negation after dir/*', async () => {
    const d = 'fa/main/default'
    const profile =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Profile xmlns="http://soap.sforce.com/2006/04/metadata"><custom>false</custom></Profile>\n'
    const tree = new InMemorySourceTree({
      'sfdx-project.json': JSON.stringify({
        packageDirectories: [{ path: 'fa', default: true }],
        sourceApiVersion: '61.0'
      }),
      '.forceignore': `${d}/profiles/*\r\n!${d}/profiles/Admin.profile-meta.xml\r\n`,
      [`${d}/profiles/Admin.profile-meta.xml`]: profile,
      [`${d}/profiles/Other.profile-meta.xml`]: profile
    })
    const built = await buildPackage(tree, {
      projectDir: '',
      sourceDirs: [],
      ignoreUnknown: false,
      env: {}
    })
    expect([...built.files.keys()].sort()).toEqual(['package.xml', 'profiles/Admin.profile'])
  })
})
