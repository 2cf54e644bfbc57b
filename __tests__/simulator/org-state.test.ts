/**
 * What the org holds and how deploys change it: package.xml checks, destructive changes, org
 * types and test levels, coverage enforcement, retrieve round trip and limits, seeding.
 */
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type Simulator, type SimulatorOptions, startSimulator } from '../../simulator/index.ts'
import { readFolder } from '../../simulator/org/zip.ts'
import {
  API,
  GOOD_CLASS,
  GOOD_TEST,
  apexFiles,
  buildZip,
  classZip,
  field,
  packageXml,
  readZip,
  runToEnd,
  soap,
  soapDeploy
} from './support.ts'
import { KITCHEN_SINK_EXPECTED } from '../support/fixtures.ts'

const KITCHEN_SINK_MDAPI = path.join(KITCHEN_SINK_EXPECTED, 'mdapi')

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})
async function start(options: SimulatorOptions = {}): Promise<Simulator> {
  sim = await startSimulator(options)
  return sim
}

async function retrieve(
  s: Simulator,
  types: Record<string, string[]>,
  extra = ''
): Promise<string> {
  const members = Object.entries(types)
    .map(
      ([name, list]) =>
        `<met:types>${list.map((m) => `<met:members>${m}</met:members>`).join('')}<met:name>${name}</met:name></met:types>`
    )
    .join('')
  const queued = await soap(
    s,
    `<met:retrieve><met:retrieveRequest><met:apiVersion>${API}</met:apiVersion>${extra}<met:unpackaged>${members}<met:version>${API}</met:version></met:unpackaged></met:retrieveRequest></met:retrieve>`
  )
  const id = field(queued.text, 'id') as string
  for (let i = 0; i < 100; i++) {
    const { text } = await soap(
      s,
      `<met:checkRetrieveStatus><met:asyncProcessId>${id}</met:asyncProcessId><met:includeZip>true</met:includeZip></met:checkRetrieveStatus>`
    )
    if (field(text, 'done') === 'true') return text
    await s.clock.advance(500)
  }
  throw new Error('retrieve did not finish')
}

describe('package checks', () => {
  it('fails members without files, files not in package.xml and unknown types, as the org does', async () => {
    const s = await start()
    const zip = await buildZip({
      'package.xml': packageXml({ ApexClass: ['Calculator', 'Ghost'], ApexClas: ['X'] }),
      ...apexFiles({ Calculator: GOOD_CLASS, Extra: GOOD_CLASS.replace('Calculator', 'Extra') })
    })
    const xml = await runToEnd(
      s,
      await soapDeploy(s, zip, '<met:singlePackage>true</met:singlePackage>')
    )
    expect(field(xml, 'status')).toBe('Failed')
    expect(xml).toContain(
      '<problem>An object &apos;Ghost&apos; of type ApexClass was named in package.xml, but was not found in zipped directory</problem>'
    )
    expect(xml).toContain(
      '<fileName>classes/Extra.cls</fileName><fullName>Extra</fullName><problem>Not in package.xml</problem>'
    )
    expect(xml).toContain('Unknown type name &apos;ApexClas&apos; specified in package.xml')
    expect(field(xml, 'numberComponentErrors')).toBe('3')
    expect(s.org.has('ApexClass', 'Calculator')).toBe(false)
  })

  it('reports compile errors with line and column and writes nothing', async () => {
    const s = await start()
    const broken = 'public class Broken {\n    public void m() {\n        something\n    }\n}\n'
    const xml = await runToEnd(
      s,
      await soapDeploy(
        s,
        await classZip({ Broken: broken }),
        '<met:singlePackage>true</met:singlePackage>'
      )
    )
    expect(xml).toContain(
      '<columnNumber>5</columnNumber><componentType>ApexClass</componentType><created>false</created>'
    )
    expect(xml).toContain(
      '<lineNumber>4</lineNumber><problem>Missing &apos;;&apos; at &apos;}&apos;</problem><problemType>Error</problemType><success>false</success>'
    )
    expect(field(xml, 'numberComponentErrors')).toBe('2')
  })

  it('deploys a partial package with rollbackOnError=false as SucceededPartial', async () => {
    const s = await start()
    const zip = await classZip({
      Calculator: GOOD_CLASS,
      Broken: 'public class Broken {\n    x\n}\n'
    })
    const xml = await runToEnd(
      s,
      await soapDeploy(
        s,
        zip,
        '<met:singlePackage>true</met:singlePackage><met:rollbackOnError>false</met:rollbackOnError>'
      )
    )
    expect(field(xml, 'status')).toBe('SucceededPartial')
    expect(s.org.has('ApexClass', 'Calculator')).toBe(true)
    expect(s.org.has('ApexClass', 'Broken')).toBe(false)
  })
})

describe('destructive changes', () => {
  it('deletes what exists and warns about what does not (fails unless ignoreWarnings)', async () => {
    const s = await start({
      seedFiles: new Map(
        Object.entries(apexFiles({ Old: GOOD_CLASS.replace('Calculator', 'Old') })).map(
          ([k, v]) => [k, Buffer.from(v)]
        )
      )
    })
    const zip = await buildZip({
      'package.xml': packageXml({}),
      'destructiveChanges.xml': packageXml({ ApexClass: ['Old', 'Foo'] })
    })
    const failed = await runToEnd(
      s,
      await soapDeploy(s, zip, '<met:singlePackage>true</met:singlePackage>')
    )
    expect(failed).toContain(
      '<fileName>destructiveChanges.xml</fileName><fullName>destructiveChanges.xml</fullName><problem>No ApexClass named: Foo found</problem><problemType>Warning</problemType><success>false</success>'
    )
    expect(field(failed, 'status')).toBe('Failed')
    expect(s.org.has('ApexClass', 'Old')).toBe(true)
    const passed = await runToEnd(
      s,
      await soapDeploy(
        s,
        zip,
        '<met:singlePackage>true</met:singlePackage><met:ignoreWarnings>true</met:ignoreWarnings>'
      )
    )
    expect(field(passed, 'status')).toBe('Succeeded')
    expect(passed).toContain('<deleted>true</deleted>')
    expect(s.org.has('ApexClass', 'Old')).toBe(false)
  })
})

describe('org types, test levels and coverage', () => {
  it('production refuses NoTestRun with Apex and runs local tests by default', async () => {
    const s = await start({ orgType: 'Production' })
    const zip = await classZip({ Calculator: GOOD_CLASS, CalculatorTest: GOOD_TEST })
    const refused = await runToEnd(
      s,
      await soapDeploy(
        s,
        zip,
        '<met:singlePackage>true</met:singlePackage><met:testLevel>NoTestRun</met:testLevel>'
      )
    )
    expect(field(refused, 'errorStatusCode')).toBe('INVALID_OPERATION')
    expect(field(refused, 'errorMessage')).toBe(
      'testLevel of NoTestRun cannot be used in production organizations'
    )
    const ran = await runToEnd(
      s,
      await soapDeploy(s, zip, '<met:singlePackage>true</met:singlePackage>')
    )
    expect(field(ran, 'status')).toBe('Succeeded')
    expect(field(ran, 'numberTestsTotal')).toBe('1')
  })

  it('enforces 75% per class for RunSpecifiedTests and reports locationsCovered only from API 68', async () => {
    const s = await start({ apiVersion: '68.0' })
    const cls = GOOD_CLASS.replace(
      '    }\n}',
      '    }\n    public static Integer a() {\n        return 1;\n    }\n    public static Integer b() {\n        return 2;\n    }\n}'
    )
    const zip = await classZip({ Calculator: cls, CalculatorTest: GOOD_TEST })
    const options =
      '<met:singlePackage>true</met:singlePackage><met:testLevel>RunSpecifiedTests</met:testLevel><met:runTests>CalculatorTest</met:runTests>'
    const id = await soapDeploy(s, zip, options, '66.0')
    const v66 = await runToEnd(s, id)
    expect(v66).toContain(
      '<message>Test coverage of selected Apex Class is 50%, at least 75% test coverage is required</message><name>Calculator</name><namespace xsi:nil="true"/>'
    )
    expect(field(v66, 'status')).toBe('Failed')
    expect(v66).not.toContain('locationsCovered')
    const v68 = (
      await soap(
        s,
        `<met:checkDeployStatus><met:asyncProcessId>${id}</met:asyncProcessId><met:includeDetails>true</met:includeDetails></met:checkDeployStatus>`,
        { version: '68.0' }
      )
    ).text
    expect(v68).toContain(
      '<locationsCovered><column>0</column><line>3</line><numExecutions>1</numExecutions><time>-1.0</time></locationsCovered>'
    )
  })
})

describe('org state and retrieve', () => {
  it('starts from a seed folder and retrieves byte-identical files after a deploy (kitchen sink)', async () => {
    const s = await start()
    const files = await readFolder(KITCHEN_SINK_MDAPI)
    const zip = await buildZip(Object.fromEntries(files))
    const xml = await runToEnd(
      s,
      await soapDeploy(s, zip, '<met:singlePackage>true</met:singlePackage>')
    )
    expect(field(xml, 'status')).toBe('Succeeded')
    const before = s.org.files()
    for (const [file, content] of files)
      if (file !== 'package.xml') expect(before.get(file)?.equals(content), file).toBe(true)
    const result = await retrieve(s, {
      ApexClass: ['*'],
      CustomField: ['Foo__c.Beta__c'],
      Report: ['Sales/Top_Deals'],
      LightningComponentBundle: ['helloWorld'],
      Document: ['Missing/x.gif']
    })
    const zipText = await readZip(Buffer.from(field(result, 'zipFile') as string, 'base64'))
    expect(zipText.get('unpackaged/classes/Greeter.cls')).toBe(
      files.get('classes/Greeter.cls')?.toString()
    )
    expect(zipText.get('unpackaged/lwc/helloWorld/helloWorld.js')).toBe(
      files.get('lwc/helloWorld/helloWorld.js')?.toString()
    )
    expect(zipText.has('unpackaged/reports/Sales/Top_Deals.report')).toBe(true)
    expect(zipText.has('unpackaged/objects/Foo__c.object')).toBe(true)
    expect(result).toContain(
      '<problem>Entity of type &apos;Document&apos; named &apos;Missing/x.gif&apos; cannot be found</problem>'
    )
    expect(result).toContain(
      '<fileName>unpackaged/package.xml</fileName><fullName>unpackaged/package.xml</fullName><id></id>'
    )
    const seeded = await start({ seedDir: KITCHEN_SINK_MDAPI })
    expect(seeded.org.has('CustomField', 'Foo__c.Beta__c')).toBe(true)
    expect(seeded.org.files().size).toBe(files.size - 1)
  })

  it('lists components, folders and children; answers the empty list self-closing', async () => {
    const s = await start({
      seedFiles: new Map(
        Object.entries({
          ...apexFiles({ Calculator: GOOD_CLASS }),
          'reports/Sales-meta.xml': '<ReportFolder/>',
          'reports/Sales/Deals.report': '<Report/>',
          'objects/Foo__c.object':
            '<CustomObject><fields><fullName>Bar__c</fullName></fields></CustomObject>'
        }).map(([k, v]) => [k, Buffer.from(v)])
      )
    })
    const list = async (query: string): Promise<string> =>
      (
        await soap(
          s,
          `<met:listMetadata>${query}<met:asOfVersion>${API}</met:asOfVersion></met:listMetadata>`
        )
      ).text
    expect(await list('<met:queries><met:type>ApexTrigger</met:type></met:queries>')).toContain(
      '<listMetadataResponse/>'
    )
    expect(await list('<met:queries><met:type>ReportFolder</met:type></met:queries>')).toContain(
      '<fullName>Sales</fullName>'
    )
    expect(
      await list(
        '<met:queries><met:folder>Sales</met:folder><met:type>Report</met:type></met:queries>'
      )
    ).toContain('<fileName>reports/Sales/Deals.report</fileName><fullName>Sales/Deals</fullName>')
    expect(await list('<met:queries><met:type>CustomField</met:type></met:queries>')).toContain(
      '<fileName>objects/Foo__c.object</fileName><fullName>Foo__c.Bar__c</fullName>'
    )
    const tooMany = await list(
      '<met:queries><met:type>ApexClass</met:type></met:queries>'.repeat(4)
    )
    expect(tooMany).toContain('<faultcode>')
  })

  it('fails a retrieve over 10,000 files with LIMIT_EXCEEDED', async () => {
    const files = new Map<string, Buffer>()
    for (let i = 0; i < 5001; i++) {
      files.set(`classes/C${i}.cls`, Buffer.from(`public class C${i} {}`))
      files.set(`classes/C${i}.cls-meta.xml`, Buffer.from('<ApexClass/>'))
    }
    const s = await start({ seedFiles: files })
    const result = await retrieve(s, { ApexClass: ['*'] })
    expect(field(result, 'status')).toBe('Failed')
    expect(field(result, 'errorStatusCode')).toBe('LIMIT_EXCEEDED')
    expect(field(result, 'errorMessage')).toBe(
      'LIMIT_EXCEEDED: Too many files in retrieve call, limit is: 10000'
    )
  })

  it('merges child-only deploys into the org copy of the parent file', async () => {
    const s = await start({
      seedFiles: new Map([
        [
          'objects/Account.object',
          Buffer.from(
            '<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fields>\n        <fullName>Old__c</fullName>\n    </fields>\n</CustomObject>\n'
          )
        ]
      ])
    })
    const zip = await buildZip({
      'package.xml': packageXml({ CustomField: ['Account.New__c'] }),
      'objects/Account.object':
        '<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fields>\n        <fullName>New__c</fullName>\n    </fields>\n</CustomObject>\n'
    })
    expect(
      field(
        await runToEnd(s, await soapDeploy(s, zip, '<met:singlePackage>true</met:singlePackage>')),
        'status'
      )
    ).toBe('Succeeded')
    expect(s.org.has('CustomField', 'Account.Old__c')).toBe(true)
    expect(s.org.has('CustomField', 'Account.New__c')).toBe(true)
  })
})
