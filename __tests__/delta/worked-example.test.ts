import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeltaBuild } from '../../src/delta/delta-build.ts'
import { createRepo, D, delta, KITCHEN_SINK, membersOf, text, type TestRepo } from './git-repo.ts'

const MD_FIELD = `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Parent__c</fullName>
    <label>Parent</label>
    <referenceTo>Account</referenceTo>
    <relationshipName>Foos</relationshipName>
    <type>MasterDetail</type>
</CustomField>
`

// source-format.md §11.5: one commit on the kitchen-sink, every row of the table at once.
describe('the worked example of source-format.md §11.5', () => {
  let repo: TestRepo
  let build: DeltaBuild
  beforeAll(async () => {
    repo = createRepo(KITCHEN_SINK)
    const base = repo.git('rev-parse', 'HEAD').trim()
    repo.move(`${D}/classes/Greeter.cls`, `${D}/classes/Greeter2.cls`)
    repo.move(`${D}/classes/Greeter.cls-meta.xml`, `${D}/classes/Greeter2.cls-meta.xml`)
    repo.write(
      `${D}/classes/Greeter2.cls`,
      "public class Greeter2 {\n    public static String hi() { return 'x'; }\n}\n"
    )
    const zeta = `${D}/objects/Foo__c/fields/Zeta__c.field-meta.xml`
    repo.write(zeta, repo.read(zeta).replace('<length>10</length>', '<length>20</length>'))
    repo.write(`${D}/objects/Foo__c/fields/Parent__c.field-meta.xml`, MD_FIELD)
    repo.remove(`${D}/objects/Foo__c/fields/Beta__c.field-meta.xml`)
    repo.remove(`${D}/objects/Foo__c/recordTypes/Big.recordType-meta.xml`)
    const labels = `${D}/labels/CustomLabels.labels-meta.xml`
    repo.write(
      labels,
      repo.read(labels).replace('<value>Hello</value>', '<value>Hello there</value>')
    )
    const wf = `${D}/workflows/Foo__c.workflow-meta.xml`
    repo.write(
      wf,
      repo
        .read(wf)
        .replace(
          '</Workflow>',
          '    <rules>\n        <fullName>R2</fullName>\n        <active>false</active>\n        <formula>false</formula>\n        <triggerType>onAllChanges</triggerType>\n    </rules>\n</Workflow>'
        )
    )
    repo.remove(`${D}/lwc/helloWorld/helloWorld.html`)
    repo.write(`${D}/staticresources/folderRes/app.js`, 'console.log("v2")\n')
    const report = `${D}/reports/Sales/Top_Deals.report-meta.xml`
    repo.write(
      report,
      repo.read(report).replace('</Report>', '    <description>v2</description>\n</Report>')
    )
    repo.commit('one commit')
    build = await delta(repo, base)
  })
  afterAll(() => repo.cleanup())

  it('lists exactly the changed components in package.xml', () => {
    expect(membersOf(text(build, 'package.xml'))).toEqual([
      'ApexClass: Greeter2',
      'CustomField: Foo__c.Parent__c, Foo__c.Zeta__c',
      'CustomLabel: Greeting',
      'CustomObject: Foo__c',
      'LightningComponentBundle: helloWorld',
      'Report: Sales/Top_Deals',
      'StaticResource: folderRes',
      'Workflow: Foo__c',
      'WorkflowAlert: Foo__c.Notify',
      'WorkflowRule: Foo__c.R1, Foo__c.R2'
    ])
  })

  it('deletes the renamed class, the deleted field and the deleted record type after the deploy, as the CLI does', () => {
    expect(membersOf(text(build, 'destructiveChangesPost.xml'))).toEqual([
      'ApexClass: Greeter',
      'CustomField: Foo__c.Beta__c',
      'RecordType: Foo__c.Big'
    ])
    expect(build.built.files.has('destructiveChangesPre.xml')).toBe(false)
    expect(build.plan.skipped).toEqual([])
  })

  it('sends exactly the files of those components', () => {
    expect([...build.built.files.keys()].sort()).toEqual([
      'classes/Greeter2.cls',
      'classes/Greeter2.cls-meta.xml',
      'destructiveChangesPost.xml',
      'labels/CustomLabels.labels',
      'lwc/helloWorld/helloWorld.js',
      'lwc/helloWorld/helloWorld.js-meta.xml',
      'objects/Foo__c.object',
      'package.xml',
      'reports/Sales/Top_Deals.report',
      'staticresources/folderRes.resource',
      'staticresources/folderRes.resource-meta.xml',
      'workflows/Foo__c.workflow'
    ])
  })

  it('recomposes the object from its own elements and the changed fields only', () => {
    const object = text(build, 'objects/Foo__c.object') ?? ''
    expect(object).toContain('<sharingModel>')
    expect([...object.matchAll(/<fields>\s*<fullName>([^<]+)</g)].map((m) => m[1])).toEqual([
      'Parent__c',
      'Zeta__c'
    ])
    expect(object).not.toContain('<listViews>')
    expect(object).not.toContain('Beta__c')
  })

  it('writes a labels file holding only the changed label', () => {
    const labels = text(build, 'labels/CustomLabels.labels') ?? ''
    expect([...labels.matchAll(/<fullName>([^<]+)</g)].map((m) => m[1])).toEqual(['Greeting'])
    expect(labels).toContain('<value>Hello there</value>')
  })
})
