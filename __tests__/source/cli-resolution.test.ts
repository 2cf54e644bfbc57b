// The resolution rules the Salesforce CLI's converter applies, each on a fixture of its own
// (the same rules run against the converter itself in `npm run conformance`, case cli-rules).
import { describe, expect, it } from 'vitest'
import { BuildError } from '../../src/source/build-error.ts'
import {
  buildPackage,
  type BuildOptions,
  type BuiltPackage
} from '../../src/source/build-package.ts'
import { InMemorySourceTree } from '../../src/source/source-tree.ts'

const project = (dirs: string[]): string =>
  JSON.stringify({
    packageDirectories: dirs.map((path, i) => ({ path, ...(i === 0 ? { default: true } : {}) })),
    sourceApiVersion: '61.0'
  })
const A = 'base/main/default'
const B = 'ext/main/default'
const meta = (root: string, body = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://soap.sforce.com/2006/04/metadata">${body}</${root}>\n`
const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b)
const options = (extra: Partial<BuildOptions> = {}): BuildOptions => ({
  projectDir: '',
  sourceDirs: [],
  ignoreUnknown: false,
  env: {},
  ...extra
})
const members = (b: BuiltPackage): string[] =>
  b.components.map((m) => `${m.type}: ${m.fullName}`).sort()

function tree(files: Record<string, string>): InMemorySourceTree {
  const dirs = Object.keys(files).some((f) => f.startsWith('ext/')) ? ['base', 'ext'] : ['base']
  return new InMemorySourceTree({ 'sfdx-project.json': project(dirs), ...files })
}

async function problemsOf(t: InMemorySourceTree, opts = options()): Promise<string[]> {
  try {
    await buildPackage(t, opts)
  } catch (error) {
    if (error instanceof BuildError) return error.problems
    throw error
  }
  return []
}

describe('files that are not metadata', () => {
  it('leaves out test mocks and scripts outside type folders, listed in one note', async () => {
    const built = await buildPackage(
      tree({
        'base/test/jest-mocks/lightning/navigation.js': 'export {}',
        'base/scripts/setup.apex': 'System.debug(1);',
        [`${A}/tabs/T.tab-meta.xml`]: meta('CustomTab')
      }),
      options()
    )
    expect([...built.files.keys()].sort()).toEqual(['package.xml', 'tabs/T.tab'])
    expect(built.notes).toEqual([
      '2 files are not metadata and are left out of the package, as the Salesforce CLI leaves them out: base/scripts/setup.apex, base/test/jest-mocks/lightning/navigation.js.'
    ])
    expect(built.warnings).toEqual([])
  })

  it('fails on an unknown meta file or an unknown file in a type folder; ignoreUnknown warns', async () => {
    const t = tree({
      [`${A}/tabs/T.tabb-meta.xml`]: 'x',
      [`${A}/classes/README.md`]: '#',
      'base/anywhere/X.nosuchtype-meta.xml': 'x',
      'base/test/mock.js': 'x'
    })
    const problems = (await problemsOf(t)).join('\n')
    expect(problems).toContain('3 files match no metadata type')
    for (const f of [
      `${A}/tabs/T.tabb-meta.xml`,
      `${A}/classes/README.md`,
      'X.nosuchtype-meta.xml'
    ])
      expect(problems).toContain(f)
    expect(problems).not.toContain('mock.js')
    const built = await buildPackage(t, options({ ignoreUnknown: true }))
    expect(built.warnings.join()).toContain('classes/README.md')
    expect(built.notes?.join()).toContain('base/test/mock.js')
  })

  it("applies the CLI's default ignore patterns only when a .forceignore exists", async () => {
    const files = {
      [`${A}/lwc/card/card.js`]: 'x',
      [`${A}/lwc/card/card.js-meta.xml`]: meta('LightningComponentBundle'),
      [`${A}/lwc/card/.eslintrc.json`]: '{}',
      [`${A}/lwc/card/package2-descriptor.json`]: '{}',
      [`${A}/lwc/card/card.dup`]: 'x'
    }
    const without = await buildPackage(tree(files), options())
    expect([...without.files.keys()].filter((f) => f.startsWith('lwc/')).sort()).toEqual([
      'lwc/card/.eslintrc.json',
      'lwc/card/card.dup',
      'lwc/card/card.js',
      'lwc/card/card.js-meta.xml',
      'lwc/card/package2-descriptor.json'
    ])
    const withIgnore = await buildPackage(tree({ ...files, '.forceignore': '# none\n' }), options())
    expect([...withIgnore.files.keys()].filter((f) => f.startsWith('lwc/')).sort()).toEqual([
      'lwc/card/card.js',
      'lwc/card/card.js-meta.xml'
    ])
  })

  it('matches .forceignore patterns without regard to case, as the CLI does', async () => {
    const built = await buildPackage(
      tree({
        '.forceignore': '**settings\n',
        [`${A}/remoteSiteSettings/Api.remoteSite-meta.xml`]: meta('RemoteSiteSetting'),
        [`${A}/tabs/T.tab-meta.xml`]: meta('CustomTab')
      }),
      options()
    )
    expect(members(built)).toEqual(['CustomTab: T'])
  })
})

describe('the same component in several places', () => {
  it('merges byte-identical copies in two package directories without a word', async () => {
    const csp = meta('CspTrustedSite', '<isActive>true</isActive>')
    const built = await buildPackage(
      tree({
        [`${A}/cspTrustedSites/Cdn.cspTrustedSite-meta.xml`]: csp,
        [`${B}/cspTrustedSites/Cdn.cspTrustedSite-meta.xml`]: csp
      }),
      options()
    )
    expect(members(built)).toEqual(['CspTrustedSite: Cdn'])
    expect(built.warnings).toEqual([])
  })

  it('deploys the last of differing copies (as the CLI) and warns naming both files', async () => {
    const built = await buildPackage(
      tree({
        [`${A}/flexipages/Home.flexipage-meta.xml`]: meta(
          'FlexiPage',
          '<masterLabel>base</masterLabel>'
        ),
        [`${B}/flexipages/Home.flexipage-meta.xml`]: meta(
          'FlexiPage',
          '<masterLabel>ext</masterLabel>'
        )
      }),
      options()
    )
    expect(text(built.files.get('flexipages/Home.flexipage'))).toContain('ext')
    expect(built.warnings).toEqual([
      `FlexiPage Home is defined in ${A}/flexipages/Home.flexipage-meta.xml and ${B}/flexipages/Home.flexipage-meta.xml with different content; the last one (${B}/flexipages/Home.flexipage-meta.xml) is deployed, as the Salesforce CLI deploys it.`
    ])
  })

  it('overlays differing bundle copies file by file, as the CLI writes them', async () => {
    const built = await buildPackage(
      tree({
        [`${A}/lwc/card/card.js`]: 'base',
        [`${A}/lwc/card/card.html`]: '<template>base</template>',
        [`${A}/lwc/card/card.js-meta.xml`]: meta('LightningComponentBundle'),
        [`${B}/lwc/card/card.js`]: 'ext',
        [`${B}/lwc/card/card.js-meta.xml`]: meta('LightningComponentBundle')
      }),
      options()
    )
    expect(text(built.files.get('lwc/card/card.js'))).toBe('ext')
    expect(text(built.files.get('lwc/card/card.html'))).toBe('<template>base</template>')
    expect(built.warnings.join()).toContain('each file of the later copy replaces')
  })

  it('keeps the first parent file of an object translation found twice in one package directory', async () => {
    const de = 'objectTranslations/Acc__c-de'
    const built = await buildPackage(
      tree({
        [`${A}/${de}/Acc__c-de.objectTranslation-meta.xml`]: meta(
          'CustomObjectTranslation',
          '<caseValues><value>first</value></caseValues>'
        ),
        [`${A}/${de}/F__c.fieldTranslation-meta.xml`]: meta(
          'CustomFieldTranslation',
          '<label>F</label><name>F__c</name>'
        ),
        [`base/more/${de}/Acc__c-de.objectTranslation-meta.xml`]: meta(
          'CustomObjectTranslation',
          '<caseValues><value>second</value></caseValues>'
        ),
        [`base/more/${de}/G__c.fieldTranslation-meta.xml`]: meta(
          'CustomFieldTranslation',
          '<label>G</label><name>G__c</name>'
        )
      }),
      options()
    )
    const out = text(built.files.get('objectTranslations/Acc__c-de.objectTranslation'))
    expect(out).toContain('first')
    expect(out).not.toContain('second')
    expect(out).toContain('<name>F__c</name>')
    expect(out).toContain('<name>G__c</name>')
    expect(built.warnings).toEqual([
      `CustomObjectTranslation Acc__c-de has a parent file in ${A}/${de}/Acc__c-de.objectTranslation-meta.xml and in base/more/${de}/Acc__c-de.objectTranslation-meta.xml with different content; the first one is used, as the Salesforce CLI uses it.`
    ])
  })
})

describe('parents whose children cannot be listed alone', () => {
  it('lists an empty object translation (its field translations deploy only through it)', async () => {
    const built = await buildPackage(
      tree({
        [`${A}/objectTranslations/Acc__c-fr/Acc__c-fr.objectTranslation-meta.xml`]:
          '<?xml version="1.0" encoding="UTF-8"?>\n<CustomObjectTranslation xmlns="http://soap.sforce.com/2006/04/metadata"/>\n',
        [`${A}/objectTranslations/Acc__c-fr/F__c.fieldTranslation-meta.xml`]: meta(
          'CustomFieldTranslation',
          '<label>F</label><name>F__c</name>'
        ),
        [`${A}/objects/Empty__c/Empty__c.object-meta.xml`]:
          '<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"/>\n'
      }),
      options()
    )
    expect(members(built)).toEqual(['CustomObjectTranslation: Acc__c-fr'])
    // The empty object is written (as the CLI writes it) but not listed: it has nothing to deploy.
    expect(built.files.has('objects/Empty__c.object')).toBe(true)
  })
})

describe('types and layouts the registry adds', () => {
  it('builds AiEvaluationDefinition, the Territory2 family and Territory2 types', async () => {
    const m = `${A}/territory2Models/Sales`
    const built = await buildPackage(
      tree({
        [`${A}/aiEvaluationDefinitions/Eval.aiEvaluationDefinition-meta.xml`]:
          meta('AiEvaluationDefinition'),
        [`${m}/Sales.territory2Model-meta.xml`]: meta('Territory2Model'),
        [`${m}/territories/West.territory2-meta.xml`]: meta('Territory2'),
        [`${m}/rules/Big.territory2Rule-meta.xml`]: meta('Territory2Rule')
      }),
      options()
    )
    expect([...built.files.keys()].sort()).toEqual([
      'aiEvaluationDefinitions/Eval.aiEvaluationDefinition',
      'package.xml',
      'territory2Models/Sales/Sales.territory2Model',
      'territory2Models/Sales/rules/Big.territory2Rule',
      'territory2Models/Sales/territories/West.territory2'
    ])
    expect(members(built)).toEqual([
      'AiEvaluationDefinition: Eval',
      'Territory2: Sales.West',
      'Territory2Model: Sales',
      'Territory2Rule: Sales.Big'
    ])
  })

  it('builds a UI bundle, needing its meta file and a valid ui-bundle.json', async () => {
    const u = `${A}/uiBundles/shop`
    const files = {
      [`${u}/shop.uibundle-meta.xml`]: meta('UIBundle'),
      [`${u}/ui-bundle.json`]: '{ "outputDir": "dist", "routing": { "fallback": "index.html" } }',
      [`${u}/dist/index.html`]: '<html></html>'
    }
    const built = await buildPackage(tree(files), options())
    expect(members(built)).toEqual(['UIBundle: shop'])
    expect(built.files.has('uiBundles/shop/dist/index.html')).toBe(true)
    expect(
      (
        await problemsOf(tree({ ...files, [`${u}/ui-bundle.json`]: '{ "outputDir": "build" }' }))
      ).join()
    ).toContain(
      `${u}/ui-bundle.json: 'outputDir' "build" is not a folder with files in the bundle.`
    )
    expect(
      (await problemsOf(tree({ [`${u}/dist/index.html`]: '<html></html>' }))).join()
    ).toContain(`a UI bundle needs ${u}/shop.uibundle-meta.xml`)
  })

  it('takes files already in metadata format inside a package directory as the CLI does', async () => {
    const built = await buildPackage(
      tree({
        'base/workflows/Acc__c.workflow': meta('Workflow', '<rules><fullName>R</fullName></rules>'),
        'base/objects/Old__c.object': meta('CustomObject', '<label>Old</label>'),
        'base/package.xml': '<Package/>'
      }),
      options()
    )
    expect(members(built)).toEqual([
      'CustomObject: Old__c',
      'Workflow: Acc__c',
      'WorkflowRule: Acc__c.R'
    ])
    expect(built.notes?.join()).toContain('base/package.xml')
  })
})
