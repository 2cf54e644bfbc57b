/**
 * Quick deploy matched by package content across workflow runs: validate in one run (the record
 * goes into an artifact), quick-deploy in a later run without a validation id (the record is found
 * through the artifacts REST API of a local fake GitHub and matched by content hash and org).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Route, Simulator } from '../../simulator/index.ts'
import { OAUTH_ROUTES } from '../../simulator/routes/oauth-routes.ts'
import type { RecordUploader } from '../../src/validation-record/artifact-store.ts'
import { RECORD_FILE, serializeRecord } from '../../src/validation-record/record.ts'
import { FakeArtifacts } from '../support/fake-artifacts.ts'
import { passingProject, runAction, startSim, type ActionRun } from './harness.ts'

const DAY = 86_400_000
const OTHER_ORG = '00D5g0000000OTHEAQ'

/** Stands in for @actions/artifact: stores the record where the fake GitHub API serves it. */
function fakeUploader(fake: FakeArtifacts): RecordUploader {
  return {
    async upload(name, record) {
      const artifact = await fake.add({
        name,
        runId: Number(process.env.GITHUB_RUN_ID),
        run: { headSha: process.env.GITHUB_SHA ?? '' },
        files: { [RECORD_FILE]: serializeRecord(record) }
      })
      return { id: artifact.id }
    }
  }
}

/** The same token endpoint, but the identity URL names another org: a second, different org. */
const anotherOrgToken: Route = {
  name: 'token of another org',
  methods: ['POST'],
  path: /^\/services\/oauth2\/token$/,
  transport: 'oauth',
  operation: () => 'token',
  async handle(req, sim) {
    const response = await (OAUTH_ROUTES[0] as Route).handle(req, sim)
    const body = JSON.parse(String(response.body)) as { id?: string }
    if (body.id) body.id = body.id.replace(sim.org.info.orgId, OTHER_ORG)
    return { ...response, body: JSON.stringify(body) }
  }
}

describe('quick deploy matched by package content', () => {
  let sim: Simulator
  let fake: FakeArtifacts
  let run = 100
  const saved = { ...process.env }

  beforeEach(async () => {
    sim = await startSim()
    fake = await new FakeArtifacts().start()
    Object.assign(process.env, { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/app' })
  })
  afterEach(async () => {
    for (const key of ['GITHUB_API_URL', 'GITHUB_REPOSITORY', 'GITHUB_RUN_ID', 'GITHUB_SHA'])
      delete process.env[key]
    Object.assign(process.env, saved)
    await sim.close()
    await fake.stop()
  })

  /** One workflow run of the action: its own run id and commit. */
  async function step(
    inputs: Record<string, string>,
    workspace: string,
    target: Simulator = sim
  ): Promise<ActionRun> {
    run += 1
    process.env.GITHUB_RUN_ID = String(run)
    process.env.GITHUB_SHA = String(run).padStart(40, 'a')
    return runAction(
      target,
      { 'github-token': 'gh-test-token', ...inputs },
      { workspace, deps: { recordUploader: fakeUploader(fake) } }
    )
  }

  const validate = (workspace: string, extra: Record<string, string> = {}): Promise<ActionRun> =>
    step({ mode: 'validate', 'test-level': 'RunLocalTests', ...extra }, workspace)

  const quickDeployCalls = (s: Simulator = sim): number =>
    s.requests.filter((r) => r.operation === 'deployRecentValidation').length

  it('finds the validation of the same contents in an earlier run and quick-deploys it', async () => {
    const workspace = passingProject()
    const v = await validate(workspace)
    expect(v.failure).toBeUndefined()
    const record = JSON.parse(v.outputs['validation-record'] ?? '{}') as Record<string, unknown>
    expect(record).toMatchObject({
      validationId: v.outputs['validated-id'],
      orgId: expect.stringMatching(/^00D5g0000000SIM\w{3}$/),
      testLevel: 'RunLocalTests',
      testsRun: 3,
      status: 'Succeeded',
      contentHash: v.outputs['content-hash'],
      commitSha: process.env.GITHUB_SHA,
      run: { repository: 'acme/app', id: String(run), attempt: '1' }
    })
    expect(fake.artifacts.map((a) => a.name)).toEqual([v.outputs['validation-record-artifact']])
    expect(v.summary).toContain(
      `Validation record stored as artifact ${v.outputs['validation-record-artifact']}`
    )

    const q = await step({ mode: 'quick-deploy' }, passingProject())
    expect(q.failure).toBeUndefined()
    expect(q.outputs['content-hash']).toBe(v.outputs['content-hash'])
    expect(q.outputs['validation-record-artifact']).toBe(v.outputs['validation-record-artifact'])
    expect(q.outputs['quick-deploy-id']).toBe(q.newDeployIds[0])
    expect(q.outputs['quick-deploy-fallback-reason']).toBeUndefined()
    expect(sim.deploys.map((d) => [d.checkOnly, d.validatedDeployRequestId])).toEqual([
      [true, undefined],
      [false, v.outputs['validated-id']]
    ])
    expect(sim.org.has('ApexClass', 'InvoiceService')).toBe(true)
    expect(q.summary).toContain(
      `Quick deploy of validation ${v.outputs['validated-id']}, found by package content`
    )
    const list = fake.requests.find((r) => r.path === '/repos/acme/app/actions/artifacts')
    expect(list?.query.get('name')).toBe(v.outputs['validation-record-artifact'])
  })

  it('falls back to a full deploy with tests when the package changed after the validation', async () => {
    const v = await validate(passingProject())
    const changed = passingProject({
      'force-app/main/default/classes/InvoiceService.cls':
        'public class InvoiceService {\n    public static Decimal total(List<Decimal> xs) {\n        Decimal sum = 0;\n        for (Decimal x : xs) sum += x;\n        return sum;\n    }\n    public static Decimal withTax(Decimal amount, Decimal rate) {\n        return amount * (1 + rate);\n    }\n}\n'
    })
    const q = await step({ mode: 'quick-deploy', 'quick-deploy-fallback': 'deploy' }, changed)
    expect(q.failure).toBeUndefined()
    expect(q.outputs['content-hash']).not.toBe(v.outputs['content-hash'])
    expect(q.outputs['quick-deploy-fallback-reason']).toContain(
      'no validation record for this package in this org: no artifact named sf-validation-'
    )
    expect(q.outputs['quick-deploy-id']).toBeUndefined()
    expect(quickDeployCalls()).toBe(0)
    expect(sim.deploys).toHaveLength(2)
    expect(sim.deploys[1]?.options).toMatchObject({ checkOnly: false, testLevel: 'RunLocalTests' })
    expect(sim.deploys[1]?.files.get('classes/InvoiceService.cls')?.toString()).toContain(
      'for (Decimal x : xs)'
    )
    expect(q.summary).toContain(
      'Full deploy with RunLocalTests (from the default for a deploy in place of a quick deploy) instead of a quick deploy'
    )
  })

  it('stores no record of a validation the org accepted but the run failed (coverage threshold)', async () => {
    const untested =
      'public class Untested {\n    public static Integer a() {\n        Integer x = 0;\n        return x;\n    }\n}\n'
    const meta =
      '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'
    const workspace = passingProject({
      'force-app/main/default/classes/Untested.cls': untested,
      'force-app/main/default/classes/Untested.cls-meta.xml': meta
    })
    const v = await validate(workspace, { 'coverage-threshold': '90' })
    expect(v.outputs).toMatchObject({ status: 'Succeeded', success: 'false' })
    expect(v.outputs['content-hash']).toMatch(/^[0-9a-f]+$/)
    expect(v.outputs['validation-record']).toBeUndefined()
    expect(v.outputs['validation-record-artifact']).toBeUndefined()
    expect(fake.artifacts).toEqual([])
    expect(v.summary).toContain('No validation record was stored')
    // The later quick deploy of the same contents finds nothing to take.
    const q = await step({ mode: 'quick-deploy' }, workspace)
    expect(q.failed).toBe(true)
    expect(q.failure).toMatch(/^No quick deploy: no validation record for this package/)
    expect(quickDeployCalls()).toBe(0)
  })

  it('fails clearly, deploying nothing, when the package changed and quick-deploy-fallback is fail (the default)', async () => {
    await validate(passingProject())
    const q = await step(
      { mode: 'quick-deploy' },
      passingProject({
        'force-app/main/default/classes/InvoiceService.cls': 'public class InvoiceService {}\n'
      })
    )
    expect(q.failed).toBe(true)
    expect(q.failure).toMatch(
      /^No quick deploy: no validation record for this package in this org: no artifact named sf-validation-00D5g0000000SIM\w{3}-[0-9a-f]{32}/
    )
    expect(q.failure).toContain('set quick-deploy-fallback: deploy')
    expect(q.summary).toContain('## ❌ No quick deploy')
    expect(sim.deploys).toHaveLength(1)
    expect(quickDeployCalls()).toBe(0)
  })

  it('does not use a validation in its last hour, and the fallback repeats its test level', async () => {
    const workspace = passingProject()
    const v = await validate(workspace, {
      'test-level': 'RunSpecifiedTests',
      'run-tests': 'InvoiceServiceTest'
    })
    expect(v.failure).toBeUndefined()
    await sim.clock.advance(10 * DAY - 30 * 60_000)
    const q = await step({ mode: 'quick-deploy', 'quick-deploy-fallback': 'deploy' }, workspace)
    expect(q.outputs['quick-deploy-fallback-reason']).toContain(
      `validation ${v.outputs['validated-id']} is too old`
    )
    expect(q.outputs['quick-deploy-fallback-reason']).toContain(
      'records are not used in the last 60 minutes'
    )
    expect(quickDeployCalls()).toBe(0)
    expect(sim.deploys).toHaveLength(2)
    expect(sim.deploys[1]?.options).toMatchObject({
      checkOnly: false,
      testLevel: 'RunSpecifiedTests',
      runTests: ['InvoiceServiceTest']
    })
    expect(q.summary).toContain(
      `Full deploy with RunSpecifiedTests (from validation ${v.outputs['validated-id']})`
    )
  })

  it('does not use a validation made in another org', async () => {
    const v = await validate(passingProject())
    const production = await startSim({ routes: [anotherOrgToken] })
    try {
      const q = await step(
        { mode: 'quick-deploy', 'quick-deploy-fallback': 'deploy', 'auth-url': production.authUrl },
        passingProject(),
        production
      )
      expect(q.failure).toBeUndefined()
      expect(q.outputs['content-hash']).toBe(v.outputs['content-hash'])
      expect(q.outputs['quick-deploy-fallback-reason']).toContain(
        `no artifact named sf-validation-${OTHER_ORG}-`
      )
      expect(quickDeployCalls(production)).toBe(0)
      expect(production.deploys.map((d) => [d.checkOnly, d.options.testLevel])).toEqual([
        [false, 'RunLocalTests']
      ])
      expect(sim.deploys).toHaveLength(1)
    } finally {
      await production.close()
    }
  })

  it('falls back when the org refuses the validation (a deploy happened since)', async () => {
    const workspace = passingProject()
    const v = await validate(workspace)
    const other = await step(
      { mode: 'deploy', 'test-level': 'RunLocalTests' },
      passingProject({
        'force-app/main/default/classes/Extra.cls': 'public class Extra {}\n',
        'force-app/main/default/classes/Extra.cls-meta.xml':
          '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'
      })
    )
    expect(other.failure).toBeUndefined()
    const q = await step({ mode: 'quick-deploy', 'quick-deploy-fallback': 'deploy' }, workspace)
    expect(q.failure).toBeUndefined()
    expect(quickDeployCalls()).toBe(1)
    expect(q.outputs['quick-deploy-fallback-reason']).toContain(
      `Quick deploy of ${v.outputs['validated-id']} refused`
    )
    expect(
      sim.deploys.map((d) => [d.checkOnly, d.validatedDeployRequestId, d.options.testLevel])
    ).toEqual([
      [true, undefined, 'RunLocalTests'],
      [false, undefined, 'RunLocalTests'],
      [false, undefined, 'RunLocalTests']
    ])
    expect(q.summary).toContain('instead of a quick deploy: Quick deploy of')
    expect(q.summary).toContain(
      `Quick deploy of validation ${v.outputs['validated-id']}, found by package content`
    )
  })

  it('fails with the org refusal when quick-deploy-fallback is fail', async () => {
    const workspace = passingProject()
    await validate(workspace)
    await step({ mode: 'deploy', 'test-level': 'RunLocalTests' }, passingProject())
    const q = await step({ mode: 'quick-deploy' }, workspace)
    expect(q.failed).toBe(true)
    expect(q.failure).toMatch(/^No quick deploy: Quick deploy of 0Af\w+ refused/)
    expect(quickDeployCalls()).toBe(1)
    expect(sim.deploys).toHaveLength(2)
  })

  it('uses the newest of two validations of the same contents', async () => {
    const workspace = passingProject()
    const first = await validate(workspace)
    const second = await validate(workspace)
    expect(second.outputs['content-hash']).toBe(first.outputs['content-hash'])
    expect(fake.artifacts).toHaveLength(2)
    const q = await step({ mode: 'quick-deploy' }, workspace)
    expect(q.failure).toBeUndefined()
    expect(sim.deploys.at(-1)?.validatedDeployRequestId).toBe(second.outputs['validated-id'])
    expect(sim.deploys).toHaveLength(3)
    expect(q.summary).toContain(
      `${first.outputs['validated-id']} is older than ${second.outputs['validated-id']}, which was chosen`
    )
  })

  it('explains the actions: read permission when listing artifacts is refused, before deploying anything', async () => {
    const workspace = passingProject()
    await validate(workspace)
    fake.options.forbidList = true
    const q = await step({ mode: 'quick-deploy', 'quick-deploy-fallback': 'deploy' }, workspace)
    expect(q.failed).toBe(true)
    expect(q.failure).toContain('permissions: actions: read')
    expect(sim.deploys).toHaveLength(1)
  })
})
