/**
 * The simulator's SOAP output has the structure of the recorded responses in __tests__/fixtures/vectors:
 * same element names and order, same omissions and nil rules (values differ).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import {
  API,
  GOOD_CLASS,
  apexFiles,
  buildZip,
  classZip,
  field,
  packageXml,
  runToEnd,
  soap,
  soapDeploy,
  soapStatus
} from './support.ts'
import { vectorText } from '../support/fixtures.ts'

function vector(name: string): string {
  return vectorText(name).trim()
}

interface Node {
  name: string
  attrs: string
  children: Node[]
}

/** Parses XML into element nodes (text ignored), enough to compare structure. */
function tree(xml: string): Node {
  const root: Node = { name: '#root', attrs: '', children: [] }
  const stack = [root]
  for (const match of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name = '', attrs = '', selfClosing] = match
    const parent = stack[stack.length - 1] as Node
    if (closing) {
      stack.pop()
      continue
    }
    const node: Node = { name, attrs: attrs.includes('xsi:nil="true"') ? ' nil' : '', children: [] }
    parent.children.push(node)
    if (!selfClosing) stack.push(node)
  }
  return root
}

/** Structure as text; consecutive repeats of the same element collapse into one. */
function skeleton(node: Node, drop: string[] = []): string {
  const kids: string[] = []
  for (const child of node.children) {
    if (drop.includes(child.name)) continue
    const text = skeleton(child, drop)
    if (kids[kids.length - 1] !== text) kids.push(text)
  }
  return `${node.name}${node.attrs}${kids.length ? `{${kids.join(',')}}` : ''}`
}

function envelopeAttrs(xml: string): string[] {
  return (/<soapenv:Envelope([^>]*)>/.exec(xml)?.[1] ?? '').trim().split(/\s+/).sort()
}

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator()
  // The 2020 vectors predate numberFiles; compare without it.
  sim.faults.numberFiles(false)
})
afterEach(async () => {
  await sim.close()
})

describe('SOAP output matches the recorded vectors', () => {
  it('deployResponse (queued) is byte-identical apart from the id', async () => {
    const zip = await classZip({ Calculator: GOOD_CLASS })
    const { text, status, contentType } = await soap(
      sim,
      `<met:deploy><met:ZipFile>${zip.toString('base64')}</met:ZipFile><met:DeployOptions><met:singlePackage>true</met:singlePackage></met:DeployOptions></met:deploy>`
    )
    expect(status).toBe(200)
    expect(contentType).toBe('text/xml;charset=UTF-8')
    expect(text.replace(/<id>\w+<\/id>/, '<id>X</id>')).toBe(
      vector('soap-deployResponse-queued.xml').replace(/<id>\w+<\/id>/, '<id>X</id>')
    )
  })

  it('pending validation', async () => {
    const id = await soapDeploy(
      sim,
      await classZip({ Calculator: GOOD_CLASS }),
      '<met:checkOnly>true</met:checkOnly><met:singlePackage>true</met:singlePackage>'
    )
    const xml = await soapStatus(sim, id)
    expect(field(xml, 'status')).toBe('Pending')
    expect(skeleton(tree(xml))).toBe(skeleton(tree(vector('soap-checkDeployStatus-pending.xml'))))
    expect(envelopeAttrs(xml)).toEqual(envelopeAttrs(vector('soap-checkDeployStatus-pending.xml')))
    expect(field(xml, 'createdBy')).toHaveLength(15)
    expect(field(xml, 'createdDate')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/)
    expect(field(xml, 'totalTime')).toBe('0.0')
  })

  it('in progress: startDate set, no completedDate, components counting up', async () => {
    const files = apexFiles({
      A: GOOD_CLASS.replace('Calculator', 'A'),
      B: GOOD_CLASS.replace('Calculator', 'B'),
      C: GOOD_CLASS.replace('Calculator', 'C')
    })
    const id = await soapDeploy(
      sim,
      await buildZip({ 'package.xml': packageXml({ ApexClass: ['A', 'B', 'C'] }), ...files }),
      '<met:singlePackage>true</met:singlePackage>'
    )
    await sim.clock.advance(1500 + 400 + 130)
    const xml = await soapStatus(sim, id)
    expect(field(xml, 'status')).toBe('InProgress')
    expect(Number(field(xml, 'numberComponentsDeployed'))).toBeGreaterThan(0)
    expect(Number(field(xml, 'numberComponentsDeployed'))).toBeLessThan(3)
    expect(skeleton(tree(xml))).toBe(
      skeleton(tree(vector('soap-checkDeployStatus-inprogress.xml')))
    )
  })

  it('succeeded: a Settings deploy in a package folder (singlePackage=false)', async () => {
    const settings = ['Apex', 'Chatter', 'LightningExperience', 'Language']
    const files: Record<string, string> = {
      'shape/package.xml': packageXml({ Settings: settings })
    }
    for (const name of settings)
      files[`shape/settings/${name}.settings`] =
        `<?xml version="1.0" encoding="UTF-8"?><${name}Settings xmlns="http://soap.sforce.com/2006/04/metadata"/>`
    const id = await soapDeploy(
      sim,
      await buildZip(files),
      '<met:singlePackage>false</met:singlePackage>'
    )
    const xml = await runToEnd(sim, id)
    expect(field(xml, 'status')).toBe('Succeeded')
    expect(xml).toContain('<fileName>shape/settings/Apex.settings</fileName>')
    expect(xml).toContain('<componentType>ApexSettings</componentType>')
    expect(xml).toContain('<componentType></componentType><created>false</created>')
    expect(field(xml, 'numberComponentsTotal')).toBe('4')
    expect(skeleton(tree(xml))).toBe(skeleton(tree(vector('soap-checkDeployStatus-succeeded.xml'))))
  })

  it('failed: no package.xml found', async () => {
    const id = await soapDeploy(
      sim,
      await buildZip(apexFiles({ Calculator: GOOD_CLASS })),
      '<met:checkOnly>true</met:checkOnly><met:singlePackage>true</met:singlePackage>'
    )
    const xml = await runToEnd(sim, id)
    expect(field(xml, 'problem')).toBe('No package.xml found')
    expect(field(xml, 'numberComponentErrors')).toBe('0')
    expect(skeleton(tree(xml))).toBe(
      skeleton(tree(vector('soap-checkDeployStatus-failed-no-package-xml.xml')))
    )
  })

  it('INVALID_SESSION_ID fault: HTTP 500, identical body', async () => {
    const { status, text } = await soap(
      sim,
      '<met:checkDeployStatus><met:asyncProcessId>0Af000000000000AAA</met:asyncProcessId></met:checkDeployStatus>',
      { token: 'bogus' }
    )
    expect(status).toBe(500)
    expect(text).toBe(vector('soap-fault-invalid-session-id.xml').replace(/>\s+</g, '><'))
  })
})

describe('SOAP output rules (§2.7)', () => {
  it('renders a test failure with coverage in the reconstructed template order, nil namespace and xsi declared', async () => {
    const test = `@isTest\nprivate class CalculatorTest {\n    @isTest static void adds() {\n        System.assertEquals(3, Calculator.add(1, 2));\n    }\n    @isTest static void failure() {\n        System.assertEquals(true, false);\n    }\n}\n`
    const id = await soapDeploy(
      sim,
      await classZip({ Calculator: GOOD_CLASS, CalculatorTest: test }),
      '<met:singlePackage>true</met:singlePackage><met:testLevel>RunLocalTests</met:testLevel>'
    )
    const xml = await runToEnd(sim, id)
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
      )
    ).toBe(true)
    expect(xml).not.toContain('\n')
    const runTestResult = tree(xml)
      .children[0]?.children[0]?.children[0]?.children[0]?.children.find(
        (n) => n.name === 'details'
      )
      ?.children.find((n) => n.name === 'runTestResult')
    expect(runTestResult && skeleton(runTestResult)).toBe(
      'runTestResult{codeCoverage{id,name,namespace nil,numLocations,numLocationsNotCovered,type},failures{id,message,methodName,name,namespace nil,packageName,stackTrace,time,type},numFailures,numTestsRun,successes{id,methodName,name,namespace nil,time},totalTime}'
    )
    expect(xml).toContain(
      '<message>System.AssertException: Assertion Failed: Expected: true, Actual: false</message>'
    )
    expect(xml).toContain('<stackTrace>Class.CalculatorTest.failure: line 7, column 1</stackTrace>')
    expect(xml).toMatch(/<time>\d+\.0<\/time>/)
    expect(field(xml, 'status')).toBe('Failed')
    expect(field(xml, 'numberTestsCompleted')).toBe('1')
    expect(field(xml, 'numberTestErrors')).toBe('1')
  })

  it('includes numberFiles by default, between numberComponentsTotal and numberTestErrors', async () => {
    sim.faults.numberFiles(true)
    const id = await soapDeploy(
      sim,
      await classZip({ Calculator: GOOD_CLASS }),
      '<met:singlePackage>true</met:singlePackage>'
    )
    const xml = await runToEnd(sim, id)
    expect(xml).toMatch(
      // 4 zip entries: package.xml, the classes/ folder entry, the class and its meta file.
      /<numberComponentsTotal>1<\/numberComponentsTotal><numberFiles>4<\/numberFiles><numberTestErrors>/
    )
  })

  it('returns an empty details element without includeDetails and accepts any prefixes, header order and <id> for cancel', async () => {
    const zip = await classZip({ Calculator: GOOD_CLASS })
    const id = await soapDeploy(sim, zip, '<met:singlePackage>true</met:singlePackage>')
    expect(await soapStatus(sim, id, false)).toContain('<details></details>')
    const jsforceStyle = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Header xmlns="http://soap.sforce.com/2006/04/metadata"><CallOptions><client>x</client></CallOptions><SessionHeader><sessionId>${sim.accessToken}</sessionId></SessionHeader></soapenv:Header><soapenv:Body xmlns="http://soap.sforce.com/2006/04/metadata"><cancelDeploy><id>${id}</id></cancelDeploy></soapenv:Body></soapenv:Envelope>`
    const response = await fetch(`${sim.baseUrl}//services/Soap/m/${API}/${sim.orgId}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml', SOAPAction: 'cancelDeploy' },
      body: jsforceStyle
    })
    expect(await response.text()).toContain(
      `<cancelDeployResponse><result><done>true</done><id>${id}</id></result></cancelDeployResponse>`
    )
  })
})
