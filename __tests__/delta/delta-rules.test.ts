import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeltaBuild } from '../../src/delta/delta-build.ts'
import type { DeltaRequest } from '../../src/delta/delta-build.ts'
import { createRepo, D, delta, KITCHEN_SINK, membersOf, text, type TestRepo } from './git-repo.ts'

// One repository for the whole file; each test starts its own branch from the kitchen-sink commit.
let repo: TestRepo
let kitchenSink: string
beforeAll(() => {
  repo = createRepo(KITCHEN_SINK)
  kitchenSink = repo.git('rev-parse', 'HEAD').trim()
})
afterAll(() => repo.cleanup())

/** Kitchen-sink at base, `change` applied and committed, delta from base to HEAD. */
async function scenario(
  change: (r: TestRepo) => void,
  options: Partial<DeltaRequest> = {}
): Promise<DeltaBuild> {
  repo.branchFrom(kitchenSink)
  change(repo)
  repo.commit()
  return delta(repo, kitchenSink, options)
}

const pkg = (b: DeltaBuild): string[] => membersOf(text(b, 'package.xml'))
const post = (b: DeltaBuild): string[] => membersOf(text(b, 'destructiveChangesPost.xml'))
const files = (b: DeltaBuild): string[] => [...b.built.files.keys()].sort()
const edit = (r: TestRepo, file: string, from: string | RegExp, to: string): void =>
  r.write(file, r.read(file).replace(from, to))

const OBJ = `${D}/objects/Foo__c`
const MD = (name: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n    <label>P</label>\n    <referenceTo>Account</referenceTo>\n    <relationshipName>Foos</relationshipName>\n    <type>MasterDetail</type>\n</CustomField>\n`

describe('bundles and static resources travel whole', () => {
  it('a changed file deploys the whole LWC bundle', async () => {
    const b = await scenario((r) =>
      r.write(`${D}/lwc/helloWorld/helloWorld.js`, 'export default class X {}\n')
    )
    expect(pkg(b)).toEqual(['LightningComponentBundle: helloWorld'])
    expect(files(b)).toEqual([
      'lwc/helloWorld/helloWorld.html',
      'lwc/helloWorld/helloWorld.js',
      'lwc/helloWorld/helloWorld.js-meta.xml',
      'package.xml'
    ])
  })

  it('a changed bundle deploys its untracked files too, as the CLI deploys the bundle from disk', async () => {
    repo.branchFrom(kitchenSink)
    repo.write(`${D}/lwc/helloWorld/helloWorld.js`, 'export default class X {}\n')
    repo.commit()
    repo.write(`${D}/lwc/helloWorld/helper.js`, 'export const h = 1\n')
    const b = await delta(repo, kitchenSink)
    expect(files(b)).toContain('lwc/helloWorld/helper.js')
    repo.remove(`${D}/lwc/helloWorld/helper.js`)
  })

  it('a file deleted from a bundle that still exists redeploys the bundle and deletes nothing', async () => {
    const b = await scenario((r) => r.remove(`${D}/aura/myCmp/myCmpController.js`))
    expect(pkg(b)).toEqual(['AuraDefinitionBundle: myCmp'])
    expect(files(b)).toEqual([
      'aura/myCmp/myCmp.cmp',
      'aura/myCmp/myCmp.cmp-meta.xml',
      'package.xml'
    ])
    expect(b.built.files.has('destructiveChangesPost.xml')).toBe(false)
  })

  it('a bundle deleted whole is deleted', async () => {
    const b = await scenario((r) => r.remove(`${D}/lwc/helloWorld`))
    expect(pkg(b)).toEqual([])
    expect(post(b)).toEqual(['LightningComponentBundle: helloWorld'])
  })

  it('a changed file of a folder static resource rebuilds the whole resource', async () => {
    const b = await scenario((r) =>
      r.write(`${D}/staticresources/folderRes/css/site.css`, 'body{}\n')
    )
    expect(pkg(b)).toEqual(['StaticResource: folderRes'])
    expect(files(b)).toEqual([
      'package.xml',
      'staticresources/folderRes.resource',
      'staticresources/folderRes.resource-meta.xml'
    ])
  })

  it('a deleted static resource is deleted', async () => {
    const b = await scenario((r) => {
      r.remove(`${D}/staticresources/jsRes.js`)
      r.remove(`${D}/staticresources/jsRes.resource-meta.xml`)
    })
    expect(post(b)).toEqual(['StaticResource: jsRes'])
  })
})

describe('object children', () => {
  it('a changed list view deploys inside its parent, listed alone', async () => {
    const b = await scenario((r) =>
      edit(
        r,
        `${OBJ}/listViews/All.listView-meta.xml`,
        '</ListView>',
        '    <sharedTo><allInternalUsers></allInternalUsers></sharedTo>\n</ListView>'
      )
    )
    expect(pkg(b)).toEqual(['ListView: Foo__c.All'])
    const object = text(b, 'objects/Foo__c.object') ?? ''
    expect(object).toContain('<listViews>')
    expect(object).toContain('<sharingModel>')
    expect(object).not.toContain('<fields>')
    expect(object).not.toContain('<validationRules>')
  })

  it('a changed validation rule and an added field list exactly those children', async () => {
    const b = await scenario((r) => {
      edit(
        r,
        `${OBJ}/validationRules/NameLen.validationRule-meta.xml`,
        '<active>',
        '<description>v2</description>\n    <active>'
      )
      r.write(
        `${OBJ}/fields/New__c.field-meta.xml`,
        r.read(`${OBJ}/fields/Zeta__c.field-meta.xml`).replaceAll('Zeta__c', 'New__c')
      )
    })
    expect(pkg(b)).toEqual(['CustomField: Foo__c.New__c', 'ValidationRule: Foo__c.NameLen'])
  })

  it('a changed parent lists the object and brings its Master-Detail fields only', async () => {
    repo.branchFrom(kitchenSink)
    repo.write(`${OBJ}/fields/Parent__c.field-meta.xml`, MD('Parent__c'))
    const base = repo.commit('base with a Master-Detail field')
    edit(repo, `${OBJ}/Foo__c.object-meta.xml`, /<label>[^<]*<\/label>/, '<label>Foo v2</label>')
    repo.commit()
    const b = await delta(repo, base)
    expect(pkg(b)).toEqual(['CustomField: Foo__c.Parent__c', 'CustomObject: Foo__c'])
    expect(
      [...(text(b, 'objects/Foo__c.object') ?? '').matchAll(/<fields>\s*<fullName>([^<]+)/g)].map(
        (m) => m[1]
      )
    ).toEqual(['Parent__c'])
  })

  it('a deleted field is deleted; a deleted object folder deletes the object only', async () => {
    const field = await scenario((r) => r.remove(`${OBJ}/fields/alpha__c.field-meta.xml`))
    expect(post(field)).toEqual(['CustomField: Foo__c.alpha__c'])
    const object = await scenario((r) => {
      r.remove(OBJ)
      r.remove(`extra-app/main/default/objects/Foo__c`)
    })
    expect(post(object)).toEqual(['CustomObject: Foo__c'])
  })

  it('a standard object is never deleted, only its custom children', async () => {
    const b = await scenario((r) => r.remove(`${D}/objects/Account`))
    expect(post(b)).toEqual(['CustomField: Account.Region__c'])
    expect(b.plan.skipped.map((s) => `${s.type} ${s.fullName}`)).toEqual(['CustomObject Account'])
  })

  it('a field moved to another package directory is an update, not a delete', async () => {
    const b = await scenario((r) =>
      r.move(
        `${OBJ}/fields/Zeta__c.field-meta.xml`,
        'extra-app/main/default/objects/Foo__c/fields/Zeta__c.field-meta.xml'
      )
    )
    expect(pkg(b)).toEqual(['CustomField: Foo__c.Zeta__c'])
    expect(b.built.files.has('destructiveChangesPost.xml')).toBe(false)
  })
})

describe('labels', () => {
  it('an added label deploys only that label', async () => {
    const b = await scenario((r) =>
      edit(
        r,
        `${D}/labels/CustomLabels.labels-meta.xml`,
        '</CustomLabels>',
        '    <labels>\n        <fullName>Bye</fullName>\n        <language>en_US</language>\n        <protected>false</protected>\n        <shortDescription>Bye</shortDescription>\n        <value>Bye</value>\n    </labels>\n</CustomLabels>'
      )
    )
    expect(pkg(b)).toEqual(['CustomLabel: Bye'])
    expect(
      [...(text(b, 'labels/CustomLabels.labels') ?? '').matchAll(/<fullName>([^<]+)/g)].map(
        (m) => m[1]
      )
    ).toEqual(['Bye'])
  })

  it('a label removed from every file is deleted; one moved between files is not', async () => {
    const b = await scenario((r) => {
      const extra = 'extra-app/main/default/labels/Extra.labels-meta.xml'
      const greeting =
        /<labels>\s*<fullName>Greeting[\s\S]*?<\/labels>\n/.exec(
          r.read(`${D}/labels/CustomLabels.labels-meta.xml`)
        )?.[0] ?? ''
      edit(r, extra, /\s*<labels>\s*<fullName>Another[\s\S]*?<\/labels>/, '')
      edit(r, `${D}/labels/CustomLabels.labels-meta.xml`, greeting, '')
      edit(r, extra, '</CustomLabels>', `    ${greeting}</CustomLabels>`)
    })
    expect(pkg(b)).toEqual([])
    expect(post(b)).toEqual(['CustomLabel: Another'])
  })
})

describe('single-file components', () => {
  it('a change to the -meta.xml alone deploys its component', async () => {
    const b = await scenario((r) =>
      edit(
        r,
        `${D}/classes/Greeter.cls-meta.xml`,
        '<status>Active</status>',
        '<status>Deleted</status>'
      )
    )
    expect(pkg(b)).toEqual(['ApexClass: Greeter'])
    expect(files(b)).toEqual(['classes/Greeter.cls', 'classes/Greeter.cls-meta.xml', 'package.xml'])
    expect(text(b, 'classes/Greeter.cls')).toContain("return 'Howdy'")
  })

  it('a case-only rename is an update, never a delete', async () => {
    const b = await scenario((r) => {
      r.move(`${D}/classes/Greeter.cls`, `${D}/classes/greeter.cls`)
      r.move(`${D}/classes/Greeter.cls-meta.xml`, `${D}/classes/greeter.cls-meta.xml`)
    })
    expect(pkg(b)).toEqual(['ApexClass: greeter'])
    expect(b.built.files.has('destructiveChangesPost.xml')).toBe(false)
  })

  it('half a component deleted is an error naming the file left behind', async () => {
    await expect(scenario((r) => r.remove(`${D}/pages/Hello.page`))).rejects.toThrow(
      /Hello\.page-meta\.xml has no content file Hello\.page/
    )
  })

  it('a workflow rule removed from the file is deleted; the file deleted deletes each child', async () => {
    const rule = await scenario((r) =>
      edit(r, `${D}/workflows/Foo__c.workflow-meta.xml`, /\s*<rules>[\s\S]*<\/rules>/, '')
    )
    expect(pkg(rule)).toEqual(['Workflow: Foo__c', 'WorkflowAlert: Foo__c.Notify'])
    expect(post(rule)).toEqual(['WorkflowRule: Foo__c.R1'])
    const file = await scenario((r) => r.remove(`${D}/workflows/Foo__c.workflow-meta.xml`))
    expect(post(file)).toEqual(['WorkflowAlert: Foo__c.Notify', 'WorkflowRule: Foo__c.R1'])
  })

  it('a deleted flow is deleted with a warning about active versions', async () => {
    const b = await scenario((r) => r.remove(`${D}/flows/Auto.flow-meta.xml`))
    expect(post(b)).toEqual(['Flow: Auto'])
    expect(b.plan.warnings.join('\n')).toContain('active flow version')
  })

  it('a deleted bot version redeploys the bot and deletes the version', async () => {
    const b = await scenario((r) => r.remove(`${D}/bots/MyBot/v1.botVersion-meta.xml`))
    expect(pkg(b)).toEqual(['Bot: MyBot'])
    expect(post(b)).toEqual(['BotVersion: MyBot.v1'])
  })

  it('a changed field translation redeploys the whole object translation', async () => {
    const b = await scenario((r) =>
      edit(
        r,
        `${D}/objectTranslations/Foo__c-es/Zeta__c.fieldTranslation-meta.xml`,
        /<label>[^<]*<\/label>/,
        '<label>Zeta v2</label>'
      )
    )
    expect(pkg(b)).toEqual(['CustomObjectTranslation: Foo__c-es'])
  })
})

describe('in-folder items', () => {
  it('a report in a new folder brings the folder; a deleted report is deleted', async () => {
    const b = await scenario((r) => {
      r.write(
        `${D}/reports/Ops.reportFolder-meta.xml`,
        r.read(`${D}/reports/Sales.reportFolder-meta.xml`).replaceAll('Sales', 'Ops')
      )
      r.write(
        `${D}/reports/Ops/Queue.report-meta.xml`,
        r.read(`${D}/reports/Sales/Top_Deals.report-meta.xml`)
      )
      r.remove(`${D}/reports/Sales/Sub/Nested_Deals.report-meta.xml`)
    })
    expect(pkg(b)).toEqual(['Report: Ops/, Ops/Queue'])
    expect(post(b)).toEqual(['Report: Sales/Sub/Nested_Deals'])
  })
})

describe('ignore rules, package directories and timing', () => {
  it('changes to ignored files and files outside the package directories deploy nothing', async () => {
    const b = await scenario((r) => {
      r.write(`${D}/lwc/helloWorld/__tests__/helloWorld.test.js`, 'test("y", () => {})\n')
      edit(r, `${D}/profiles/Ignored.profile-meta.xml`, '</Profile>', '<!-- x -->\n</Profile>')
      r.write('docs/notes.md', 'notes\n')
    })
    expect(b.empty).toBe(true)
    expect(pkg(b)).toEqual([])
    expect(b.plan.ignoredFiles).toHaveLength(2)
  })

  it('a deleted file that is ignored at head is not deleted in the org', async () => {
    const b = await scenario((r) => r.remove(`${D}/profiles/Ignored.profile-meta.xml`))
    expect(b.empty).toBe(true)
  })

  it('a second package directory counts; a changed .forceignore earns a warning', async () => {
    const b = await scenario((r) => {
      edit(r, 'extra-app/main/default/classes/ExtraThing.cls', /$/, '\n// v2\n')
      edit(r, '.forceignore', /$/, '\n**/nothing-here/**\n')
    })
    expect(pkg(b)).toEqual(['ApexClass: ExtraThing'])
    expect(b.plan.warnings.join('\n')).toContain('.forceignore changed in this range')
  })

  it('unknown changed files fail the build, or warn with ignoreUnknown', async () => {
    await expect(scenario((r) => r.write(`${D}/classes/notes.txt`, 'x\n'))).rejects.toThrow(
      /matches no metadata type: force-app\/main\/default\/classes\/notes\.txt/
    )
    const b = await scenario((r) => r.write(`${D}/classes/notes.txt`, 'x\n'), {
      ignoreUnknown: true
    })
    expect(b.built.warnings.join('\n')).toContain('notes.txt')
  })

  it('destructive-timing pre writes destructiveChangesPre.xml, merged with a given manifest', async () => {
    const b = await scenario(
      (r) => {
        r.remove(`${D}/tabs/Foo__c.tab-meta.xml`)
        r.write(
          'manual/pre.xml',
          '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n    <types>\n        <members>Old</members>\n        <name>ApexClass</name>\n    </types>\n</Package>\n'
        )
      },
      { destructiveTiming: 'pre', preDestructiveFile: 'manual/pre.xml' }
    )
    expect(membersOf(text(b, 'destructiveChangesPre.xml'))).toEqual([
      'ApexClass: Old',
      'CustomTab: Foo__c'
    ])
    expect(b.built.files.has('destructiveChangesPost.xml')).toBe(false)
  })
})
