import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { DEPLOY_LIMITS } from '../../src/deploy/limits.ts'
import { encodeUtf8 } from '../../src/source/xml.ts'
import { zipPackage } from '../../src/source/zip.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'
import { expectInvariants, scenario } from './kit.ts'

describe('bad inputs', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim()
  })
  afterEach(async () => {
    await sim.close()
  })

  /** Runs with one bad input and checks it is named, explained, and stopped before any call. */
  async function expectRefused(inputs: Record<string, string>, message: RegExp): Promise<void> {
    const run = await runAction(sim, inputs, { workspace: passingProject() })
    expectInvariants(run, sim, { orgFailed: true, cause: message })
    expect(sim.requests, 'bad input must stop the run before any network call').toHaveLength(0)
  }

  scenario('I01', 'bad mode', () =>
    expectRefused(
      { mode: 'ship-it' },
      /mode: got "ship-it", expected one of deploy, validate, quick-deploy/
    )
  )
  scenario('I02', 'bad test-level, with a hint for the wrong case', () =>
    expectRefused(
      { 'test-level': 'runlocaltests' },
      /test-level: got "runlocaltests".*did you mean RunLocalTests\?/
    )
  )
  scenario('I03', 'run-tests with NoTestRun', () =>
    expectRefused(
      { 'test-level': 'NoTestRun', 'run-tests': 'InvoiceServiceTest' },
      /run-tests: given with test-level NoTestRun, which ignores it/
    )
  )
  scenario('I04', 'RunSpecifiedTests without run-tests', () =>
    expectRefused(
      { 'test-level': 'RunSpecifiedTests' },
      /run-tests: required with test-level RunSpecifiedTests/
    )
  )
  scenario('I05', 'run-tests naming a method instead of a class', () =>
    expectRefused(
      { 'test-level': 'RunSpecifiedTests', 'run-tests': 'ns.InvoiceServiceTest.appliesTax' },
      /not Apex test class names/
    )
  )
  scenario('I06', 'a boolean input that is not true or false', () =>
    expectRefused(
      { 'ignore-warnings': 'yes' },
      /ignore-warnings: got "yes", expected true or false/
    )
  )
  scenario('I07', 'bad api', () =>
    expectRefused({ api: 'graphql' }, /api: got "graphql", expected one of rest, soap/)
  )
  scenario('I08', 'bad api-version', () =>
    expectRefused(
      { 'api-version': 'v62' },
      /api-version: got "v62", expected a Metadata API version such as 62.0/
    )
  )
  scenario('I09', 'bad wait', () =>
    expectRefused({ wait: '2h' }, /wait: got "2h", expected a number from 0 to 360/)
  )
  scenario('I10', 'bad poll-interval-max', () =>
    expectRefused(
      { 'poll-interval-max': '0' },
      /poll-interval-max: got "0", expected a number from 1 to 300/
    )
  )
  scenario('I11', 'bad validation-id', () =>
    expectRefused(
      { mode: 'quick-deploy', 'validation-id': '09S000000000001' },
      /validation-id: got "09S000000000001", expected a deploy request id/
    )
  )
  scenario('I12', 'report without deploy-id', () =>
    expectRefused({ mode: 'report' }, /deploy-id: required in this mode/)
  )
  scenario('I13', 'bad coverage-threshold', () =>
    expectRefused(
      { 'coverage-threshold': '120' },
      /coverage-threshold: got "120", expected a number from 0 to 100/
    )
  )
  scenario('I14', 'bad coverage-formats', () =>
    expectRefused({ 'coverage-formats': 'cobertura,clover' }, /coverage-formats: clover unknown/)
  )
  scenario('I15', 'results-dir outside the workspace', () =>
    expectRefused(
      { 'results-dir': '../elsewhere' },
      /results-dir: "..\/elsewhere" is outside the workspace/
    )
  )
  scenario('I16', 'metadata-dir together with source-dir', () =>
    expectRefused(
      { 'metadata-dir': 'mdapi', 'source-dir': 'force-app' },
      /metadata-dir: given together with source-dir/
    )
  )
  scenario('I17', 'two auth methods at once', () =>
    expectRefused(
      {
        'auth-url': 'force://PlatformCLI::5Aep861abcdefghij@acme.my.salesforce.com',
        'access-token': 'x',
        'instance-url': 'https://acme.my.salesforce.com'
      },
      /auth-url and access-token are both set/
    )
  )
  scenario('I18', 'access-token without instance-url', () =>
    expectRefused(
      { 'access-token': '00D000000000001!AQ0' },
      /instance-url: required with access-token/
    )
  )
  scenario('I19', 'a broken auth URL, never echoed', async () => {
    const secret = 'force://PlatformCLI:5Aep861supersecretrefreshvalue@acme.my.salesforce.com'
    const run = await runAction(sim, { 'auth-url': secret }, { workspace: passingProject() })
    expectInvariants(run, sim, {
      orgFailed: true,
      cause: /auth-url: the value \(hidden\) is not an SFDX auth URL/,
      fix: /force:\/\/<clientId>:<clientSecret>:<refreshToken>@<host>/,
      secrets: [secret, '5Aep861supersecretrefreshvalue']
    })
    expect(sim.requests).toHaveLength(0)
  })
  scenario('I20', 'a malformed PEM key, never echoed', async () => {
    const pem =
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7broken\n-----END PRIVATE KEY-----\n'
    const run = await runAction(
      sim,
      {
        'jwt-key': pem,
        'client-id': sim.jwt.clientId,
        username: sim.jwt.username,
        'login-url': sim.baseUrl
      },
      { workspace: passingProject() }
    )
    expectInvariants(run, sim, {
      orgFailed: true,
      cause: /jwt-key: the value \(hidden\) is not a valid PEM private key/,
      fix: /line breaks/,
      secrets: ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7broken']
    })
    expect(sim.requests).toHaveLength(0)
  })
  scenario('I21', 'every bad input reported at once', async () => {
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        api: 'ftp',
        wait: 'soon',
        'test-level': 'All',
        'purge-on-delete': 'maybe'
      },
      { workspace: passingProject() }
    )
    expectInvariants(run, sim, { orgFailed: true, cause: /4 inputs are invalid/ })
    for (const name of ['api', 'wait', 'test-level', 'purge-on-delete'])
      expect(run.failure).toContain(`${name}: got`)
    expect(sim.requests).toHaveLength(0)
  })
  scenario('I22', 'an instance URL over plain http to a remote host', () =>
    expectRefused(
      { 'access-token': '00D000000000001!AQ0', 'instance-url': 'http://acme.my.salesforce.com' },
      /must use https:\/\//
    )
  )
  scenario('I23', 'an instance host outside Salesforce domains', () =>
    expectRefused(
      {
        'access-token': '00D000000000001!AQ0',
        'instance-url': 'https://salesforce.com.attacker.example'
      },
      /is not a Salesforce domain.*allow-custom-instance-host/
    )
  )

  scenario('I24', 'a missing sfdx-project.json', async () => {
    const workspace = passingProject({ 'sfdx-project.json': null })
    const run = await runAction(sim, {}, { workspace })
    expectInvariants(run, sim, { orgFailed: true, cause: /sfdx-project\.json/ })
    expect(sim.deploys).toHaveLength(0)
  })

  scenario('I25', 'malformed XML in a source file names the file and line', async () => {
    const workspace = passingProject({
      'force-app/main/default/objects/Invoice__c/fields/Total__c.field-meta.xml':
        '<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <label>Total</label>\n    <type>Currency</typo>\n</CustomField>\n'
    })
    const run = await runAction(sim, {}, { workspace })
    expectInvariants(run, sim, { orgFailed: true, cause: /Total__c\.field-meta\.xml/ })
    expect(run.failure).toMatch(/line 4/)
    expect(sim.deploys).toHaveLength(0)
  })

  scenario(
    'I26',
    'more than 10,000 files',
    async () => {
      // A metadata zip: 10,003 entries built in memory instead of as many files on disk.
      const workspace = passingProject()
      const files = new Map<string, Uint8Array>()
      const members: string[] = []
      for (let i = 0; i < 5_001; i++) {
        files.set(`classes/C${i}.cls`, encodeUtf8(`public class C${i} {}\n`))
        files.set(
          `classes/C${i}.cls-meta.xml`,
          encodeUtf8(
            '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'
          )
        )
        members.push(`<members>C${i}</members>`)
      }
      files.set(
        'package.xml',
        encodeUtf8(
          `<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata"><types>${members.join('')}<name>ApexClass</name></types><version>62.0</version></Package>\n`
        )
      )
      writeFileSync(path.join(workspace, 'mdapi.zip'), await zipPackage(files))
      const run = await runAction(sim, { 'metadata-dir': 'mdapi.zip' }, { workspace })
      expectInvariants(run, sim, {
        orgFailed: true,
        cause: /10,?003 files|10003 files/,
        fix: /at most 10,?000/
      })
      expect(sim.requests.filter((r) => r.operation === 'deploy')).toHaveLength(0)
    },
    120_000
  )

  scenario('I27', 'a zip over 39 MB through SOAP switches to REST and says so', async () => {
    const workspace = passingProject()
    const dir = path.join(workspace, 'big', 'staticresources')
    mkdirSync(dir, { recursive: true })
    // Random bytes do not compress, so the zip really is over the (here 1 MB) SOAP limit.
    writeFileSync(path.join(dir, 'Huge.resource'), randomBytes(1_500_000))
    writeFileSync(
      path.join(dir, 'Huge.resource-meta.xml'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata"><cacheControl>Private</cacheControl><contentType>application/octet-stream</contentType></StaticResource>\n'
    )
    writeFileSync(
      path.join(workspace, 'big', 'package.xml'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata"><types><members>Huge</members><name>StaticResource</name></types><version>62.0</version></Package>\n'
    )
    const limits = { ...DEPLOY_LIMITS, maxSoapZipBytes: 1_000_000 }
    const run = await runAction(
      sim,
      { api: 'soap', 'metadata-dir': 'big' },
      { workspace, deps: { limits } }
    )
    expectInvariants(run, sim, { orgFailed: false })
    expect(run.outputs.status).toBe('Succeeded')
    expect(sim.deploys[0]?.transport).toBe('rest')
    expect(run.summary).toMatch(
      /1\.5 MB, over SOAP's 1\.0 MB limit; deploying through REST instead/
    )
  })
})
