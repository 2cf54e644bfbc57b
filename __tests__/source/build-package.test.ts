import { describe, expect, it } from 'vitest'
import { BuildError } from '../../src/source/build-error.ts'
import { buildPackage, type BuildOptions } from '../../src/source/build-package.ts'
import { checkPackageLimits, PACKAGE_LIMITS } from '../../src/source/limits.ts'
import { InMemorySourceTree } from '../../src/source/source-tree.ts'
import { unzipEntries } from '../../src/source/zip.ts'

const PROJECT = JSON.stringify({
  packageDirectories: [{ path: 'force-app', default: true }],
  sourceApiVersion: '61.0'
})
const D = 'force-app/main/default'
const options = (extra: Partial<BuildOptions> = {}): BuildOptions => ({
  projectDir: '',
  sourceDirs: [],
  ignoreUnknown: false,
  env: {},
  ...extra
})
const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b)
const meta = (root: string, body = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://soap.sforce.com/2006/04/metadata">${body}</${root}>\n`

async function problemsOf(tree: InMemorySourceTree, opts = options()): Promise<string[]> {
  try {
    await buildPackage(tree, opts)
  } catch (error) {
    if (error instanceof BuildError) return error.problems
    throw error
  }
  return []
}

describe('buildPackage strategies', () => {
  it('copies content + meta, renames copy types, lists in-file children', async () => {
    const tree = new InMemorySourceTree({
      'sfdx-project.json': PROJECT,
      [`${D}/classes/A.cls`]: 'public class A {}',
      [`${D}/classes/A.cls-meta.xml`]: meta('ApexClass'),
      [`${D}/deep/nested/Tab1.tab-meta.xml`]: meta('CustomTab'),
      [`${D}/weblinks/W.custompageweblink-meta.xml`]: meta('CustomPageWebLink'),
      [`${D}/workflows/Foo__c.workflow-meta.xml`]: meta(
        'Workflow',
        '<rules><fullName>R1</fullName></rules><alerts><fullName>N</fullName></alerts>'
      )
    })
    const built = await buildPackage(tree, options())
    expect([...built.files.keys()].sort()).toEqual([
      'classes/A.cls',
      'classes/A.cls-meta.xml',
      'package.xml',
      'tabs/Tab1.tab',
      'weblinks/W.weblink',
      'workflows/Foo__c.workflow'
    ])
    expect(built.components).toContainEqual({ type: 'WorkflowRule', fullName: 'Foo__c.R1' })
    expect(built.components).toContainEqual({ type: 'WorkflowAlert', fullName: 'Foo__c.N' })
    expect(built.apiVersion).toBe('61.0')
  })

  it('zips folder static resources and refuses a folder with a non-archive content type', async () => {
    const tree = new InMemorySourceTree({
      'sfdx-project.json': PROJECT,
      [`${D}/staticresources/site.resource-meta.xml`]: meta(
        'StaticResource',
        '<contentType>application/zip</contentType>'
      ),
      [`${D}/staticresources/site/css/a.css`]: 'a{}',
      [`${D}/staticresources/one.resource-meta.xml`]: meta(
        'StaticResource',
        '<contentType>text/javascript</contentType>'
      ),
      [`${D}/staticresources/one.js`]: 'x()'
    })
    const built = await buildPackage(tree, options())
    expect([
      ...unzipEntries(built.files.get('staticresources/site.resource') ?? new Uint8Array()).keys()
    ]).toEqual(['css/a.css'])
    expect(text(built.files.get('staticresources/one.resource'))).toBe('x()')
    tree.set(
      `${D}/staticresources/bad.resource-meta.xml`,
      meta('StaticResource', '<contentType>text/css</contentType>')
    )
    tree.set(`${D}/staticresources/bad/a.css`, 'a')
    expect((await problemsOf(tree)).join()).toContain(
      'StaticResource bad: folder content needs contentType application/zip (found text/css)'
    )
  })

  it('recomposes children-only objects without listing the parent, and digital experiences keep their layout', async () => {
    const de = `${D}/digitalExperiences/site/Coffee`
    const tree = new InMemorySourceTree({
      'sfdx-project.json': PROJECT,
      [`${D}/objects/Account/fields/R__c.field-meta.xml`]: meta(
        'CustomField',
        '<fullName>R__c</fullName>'
      ),
      [`${de}/Coffee.digitalExperience-meta.xml`]: meta('DigitalExperienceBundle'),
      [`${de}/sfdc_cms__view/home/_meta.json`]: '{}',
      [`${de}/sfdc_cms__view/home/content.json`]: '{}'
    })
    const built = await buildPackage(tree, options())
    expect(text(built.files.get('objects/Account.object'))).toContain('<fullName>R__c</fullName>')
    expect(built.components).not.toContainEqual({ type: 'CustomObject', fullName: 'Account' })
    expect(built.components).toContainEqual({
      type: 'DigitalExperience',
      fullName: 'site/Coffee.sfdc_cms__view/home'
    })
    expect(built.files.has('digitalExperiences/site/Coffee/sfdc_cms__view/home/content.json')).toBe(
      true
    )
  })
})

describe('buildPackage problems', () => {
  it('reports every problem at once: unknown files, missing halves, name mismatches, inline children', async () => {
    const tree = new InMemorySourceTree({
      'sfdx-project.json': JSON.stringify({
        packageDirectories: [{ path: 'force-app', default: true }, { path: 'b' }]
      }),
      [`${D}/classes/notes.txt`]: 'x',
      [`${D}/lwc/jsconfig.json`]: '{}',
      [`${D}/tabs/T.tabb-meta.xml`]: 'x',
      [`${D}/classes/Lonely.cls`]: 'x',
      [`${D}/classes/G.cls`]: 'x',
      [`${D}/classes/G.cls-meta.xml`]: meta('ApexClass'),
      [`${D}/objects/O__c/fields/Loose.field-meta.xml`]: meta(
        'CustomField',
        '<fullName>Loose__c</fullName>'
      ),
      [`${D}/objects/P__c/P__c.object-meta.xml`]: meta(
        'CustomObject',
        '<fields><fullName>X__c</fullName></fields>'
      ),
      [`${D}/objects/P__c/fields/Y__c.field-meta.xml`]: meta(
        'CustomField',
        '<fullName>Y__c</fullName>'
      )
    })
    const problems = (await problemsOf(tree)).join('\n')
    expect(problems).toContain('3 files match no metadata type')
    expect(problems).toContain(`${D}/classes/notes.txt`)
    expect(problems).toContain(`${D}/tabs/T.tabb-meta.xml`)
    expect(problems).toContain('ApexClass Lonely')
    expect(problems).toContain('declares <fullName>Loose__c</fullName>')
    expect(problems).toContain('contains <fields> inline')
  })

  it('turns unknown files into a warning with ignoreUnknown', async () => {
    const tree = new InMemorySourceTree({
      'sfdx-project.json': PROJECT,
      [`${D}/classes/README.md`]: '#'
    })
    expect((await problemsOf(tree)).join()).toContain('classes/README.md')
    const built = await buildPackage(tree, options({ ignoreUnknown: true }))
    expect(built.warnings.join()).toContain('classes/README.md')
  })

  it('refuses sourceBehaviorOptions with what they change', async () => {
    const tree = new InMemorySourceTree({
      'sfdx-project.json': JSON.stringify({
        packageDirectories: [{ path: 'force-app' }],
        sourceBehaviorOptions: ['decomposePermissionSetBeta2']
      })
    })
    expect((await problemsOf(tree)).join()).toMatch(
      /sourceBehaviorOptions \["decomposePermissionSetBeta2"\] is not supported yet \(decomposePermissionSetBeta2: splits PermissionSet/
    )
  })

  it('fails over the file limit with the count', async () => {
    const files: Record<string, string> = { 'sfdx-project.json': PROJECT }
    for (let i = 0; i < 10; i++) files[`${D}/tabs/T${i}.tab-meta.xml`] = meta('CustomTab')
    const tree = new InMemorySourceTree(files)
    const limits = { maxFiles: 10, maxUncompressedBytes: 1_000_000 }
    expect((await problemsOf(tree, options({ limits }))).join()).toContain(
      '11 files; a deploy takes at most 10. Largest folders: tabs/ 10 files'
    )
    expect(await problemsOf(tree, options({ limits: { ...limits, maxFiles: 11 } }))).toEqual([])
  })

  it('checks the org limits by default (10,000 files, 600 MB uncompressed), or the ones given', () => {
    const files = (count: number, size = 1): Map<string, Uint8Array> =>
      new Map(Array.from({ length: count }, (_, i) => [`tabs/T${i}.tab`, new Uint8Array(size)]))
    expect(checkPackageLimits(files(10_000)).errors).toEqual([])
    expect(checkPackageLimits(files(10_001)).errors.join()).toContain(
      '10001 files; a deploy takes at most 10000'
    )
    expect(PACKAGE_LIMITS).toEqual({ maxFiles: 10_000, maxUncompressedBytes: 629_145_600 })
    const limits = { maxFiles: 10, maxUncompressedBytes: 2_000_000 }
    expect(checkPackageLimits(files(2, 1_000_000), limits).errors).toEqual([])
    expect(checkPackageLimits(files(2, 1_000_001), limits).errors.join()).toContain(
      'The package is 2.0 MB uncompressed; a deploy takes at most 2.0 MB. Largest folders: tabs/ 2.0 MB.'
    )
  })
})

describe('buildPackage selection', () => {
  const tree = (): InMemorySourceTree =>
    new InMemorySourceTree({
      'sfdx-project.json': PROJECT,
      [`${D}/classes/A.cls`]: 'a',
      [`${D}/classes/A.cls-meta.xml`]: meta('ApexClass'),
      [`${D}/classes/B.cls`]: 'b',
      [`${D}/classes/B.cls-meta.xml`]: meta('ApexClass'),
      [`${D}/objects/O__c/O__c.object-meta.xml`]: meta('CustomObject', '<label>O</label>'),
      [`${D}/objects/O__c/fields/F1__c.field-meta.xml`]: meta(
        'CustomField',
        '<fullName>F1__c</fullName>'
      ),
      [`${D}/objects/O__c/fields/F2__c.field-meta.xml`]: meta(
        'CustomField',
        '<fullName>F2__c</fullName>'
      ),
      'manifest/package.xml':
        '<Package><types><members>B</members><name>ApexClass</name></types><types><members>O__c.F2__c</members><name>CustomField</name></types></Package>',
      'manifest/missing.xml':
        '<Package><types><members>Nope</members><name>ApexClass</name></types></Package>',
      'destructive/post.xml':
        '<Package><types><members>Old</members><name>ApexClass</name></types></Package>'
    })

  it('deploys exactly what a manifest lists, with the parent elements of a listed child', async () => {
    const built = await buildPackage(
      tree(),
      options({ manifest: 'manifest/package.xml', postDestructiveChanges: 'destructive/post.xml' })
    )
    expect(built.components).toEqual([
      { type: 'ApexClass', fullName: 'B' },
      { type: 'CustomField', fullName: 'O__c.F2__c' }
    ])
    const object = text(built.files.get('objects/O__c.object'))
    expect(object).toContain('<label>O</label>')
    expect(object).not.toContain('F1__c')
    expect(text(built.files.get('destructiveChangesPost.xml'))).toContain('<members>Old</members>')
  })

  it('names manifest members that are not in the source', async () => {
    expect(
      (await problemsOf(tree(), options({ manifest: 'manifest/missing.xml' }))).join()
    ).toContain('lists ApexClass Nope')
  })

  it('narrows to source dirs (a single file brings its partner)', async () => {
    const built = await buildPackage(tree(), options({ sourceDirs: [`${D}/classes/A.cls`] }))
    expect([...built.files.keys()].sort()).toEqual([
      'classes/A.cls',
      'classes/A.cls-meta.xml',
      'package.xml'
    ])
    expect((await problemsOf(tree(), options({ sourceDirs: ['elsewhere'] }))).join()).toContain(
      'not inside a package directory'
    )
  })
})
