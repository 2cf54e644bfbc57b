import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect } from 'vitest'
import { runPost } from '../../src/action/post-step.ts'
import type { Simulator } from '../../simulator/index.ts'
import { FakeGitHub } from '../support/fake-github.ts'
import {
  copyDemoProject,
  passingProject,
  runAction,
  simClock,
  startSim
} from '../integration/harness.ts'
import { setupActionEnv } from '../support/action-env.ts'
import { stdoutLines } from '../support/workflow-commands.ts'
import { expectInvariants, expectNoSecrets, scenario } from './kit.ts'

const GITHUB_TOKEN = 'ghs_FakeInstallationToken0123456789abcdef'

/** Environment of a workflow run on a pull request, pointing the GitHub API at the fake. */
function pullRequestEnv(
  github: FakeGitHub,
  workspace: string,
  fork: boolean
): Record<string, string> {
  const event = path.join(workspace, 'event.json')
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { sha: 'abc123def456', repo: { full_name: fork ? 'someone/fork' : 'acme/crm' } }
      }
    })
  )
  return {
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'acme/crm',
    GITHUB_SHA: 'merge0000sha',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com'
  }
}

const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'

/** Project files adding `count` failing test methods with long messages, 20 per test class. */
function manyFailures(count: number, messageLength: number): Record<string, string> {
  const filler = 'x'.repeat(messageLength)
  const files: Record<string, string> = {}
  for (let c = 0; c * 20 < count; c++) {
    const methods = Array.from({ length: Math.min(20, count - c * 20) }, (_, m) => {
      const i = c * 20 + m
      return `    @isTest\n    static void case${i}() {\n        // sim:test-fail System.AssertException: Assertion Failed: case ${i} <${filler}>\n        Integer x = ${i};\n    }\n`
    }).join('\n')
    files[`force-app/main/default/classes/Failing${c}Test.cls`] =
      `@isTest\nprivate class Failing${c}Test {\n${methods}}\n`
    files[`force-app/main/default/classes/Failing${c}Test.cls-meta.xml`] = CLASS_META
  }
  return files
}

describe('GitHub reporting under restrictions', () => {
  let sim: Simulator
  let github: FakeGitHub
  const envKeys: string[] = []
  beforeEach(async () => {
    sim = await startSim()
    github = await new FakeGitHub().start()
  })
  afterEach(async () => {
    for (const key of envKeys.splice(0)) delete process.env[key]
    await sim.close()
    await github.stop()
  })

  function useEnv(values: Record<string, string>): void {
    for (const [key, value] of Object.entries(values)) {
      process.env[key] = value
      envKeys.push(key)
    }
  }

  scenario(
    'G01',
    'a token without checks: write falls back to workflow annotations with a notice',
    async () => {
      github = await (async () => {
        await github.stop()
        return new FakeGitHub({ forbidChecks: true }).start()
      })()
      const workspace = copyDemoProject()
      useEnv(pullRequestEnv(github, workspace, false))
      const run = await runAction(
        sim,
        { 'check-run': 'true', 'github-token': GITHUB_TOKEN, 'test-level': 'RunLocalTests' },
        { workspace }
      )
      expectInvariants(run, sim, { orgFailed: true, cause: /appliesTax/, secrets: [GITHUB_TOKEN] })
      expect(github.requests.filter((r) => r.path.endsWith('/check-runs'))).toHaveLength(1)
      expect(run.log).toMatch(/check run/i)
      expect(
        run.commands.some(
          (c) =>
            c.startsWith('::error') &&
            c.includes('file=force-app/main/default/classes/InvoiceServiceTest.cls')
        )
      ).toBe(true)
    }
  )

  scenario(
    'G02',
    'a fork pull request makes no GitHub write calls and still annotates',
    async () => {
      const workspace = copyDemoProject()
      useEnv(pullRequestEnv(github, workspace, true))
      const run = await runAction(
        sim,
        {
          'check-run': 'true',
          'pr-comment': 'true',
          'github-token': GITHUB_TOKEN,
          'test-level': 'RunLocalTests'
        },
        { workspace }
      )
      expectInvariants(run, sim, { orgFailed: true, cause: /appliesTax/, secrets: [GITHUB_TOKEN] })
      expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
      expect(run.log).toMatch(/forks get a read-only token/)
      expect(
        run.commands.some((c) => c.startsWith('::error') && c.includes('InvoiceServiceTest.cls'))
      ).toBe(true)
    }
  )

  scenario(
    'G03',
    'a job summary that would pass 1 MiB is shrunk and says what it left out',
    async () => {
      const workspace = passingProject(manyFailures(300, 4_000))
      const run = await runAction(sim, { 'test-level': 'RunLocalTests' }, { workspace })
      expectInvariants(run, sim, { orgFailed: true, cause: /300 Apex tests failed/ })
      expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1_048_576)
      expect(run.summary).toMatch(/left out|omitted|not shown|trimmed/i)
      expect(run.outputs['tests-failed']).toBe('300')
    },
    60_000
  )

  scenario(
    'G04',
    'more than 1,000 annotations stay within GitHub limits, most important first',
    async () => {
      const workspace = passingProject(manyFailures(1_100, 20))
      useEnv(pullRequestEnv(github, workspace, false))
      const run = await runAction(
        sim,
        { 'check-run': 'true', 'github-token': GITHUB_TOKEN, 'test-level': 'RunLocalTests' },
        { workspace }
      )
      expectInvariants(run, sim, { orgFailed: true, secrets: [GITHUB_TOKEN] })
      const batches = github.checkRuns
        .flatMap((c) => [c.body, ...c.updates])
        .map(
          (b) => ((b.output as { annotations?: unknown[] } | undefined)?.annotations ?? []).length
        )
      expect(Math.max(...batches)).toBeLessThanOrEqual(50)
      const sent = github.checkRuns.reduce((n, c) => n + c.annotations.length, 0)
      expect(sent).toBeGreaterThan(50)
      expect(sent).toBeLessThanOrEqual(1_000)
      expect(JSON.stringify(github.requests.map((r) => r.body))).not.toContain(sim.accessToken)
      // Nothing goes to the workflow log when the check run carried the annotations.
      expect(run.commands.filter((c) => c.startsWith('::error file=')).length).toBeLessThanOrEqual(
        10
      )
    },
    60_000
  )

  scenario(
    'G05',
    'the job cancelled mid-deploy: the post step cancels the deploy in the org',
    async () => {
      const workspace = passingProject()
      const main = await runAction(
        sim,
        { mode: 'validate', wait: '0.01', 'test-level': 'RunLocalTests', 'auth-url': sim.authUrl },
        { workspace }
      )
      const id = main.outputs['deploy-id'] ?? ''
      const env = setupActionEnv({ 'auth-url': sim.authUrl }, { workspace })
      process.env.STATE_deploy_id = id
      process.env['STATE_deploy-id'] = id
      const before = stdoutLines.length
      await runPost({ clock: simClock(sim) })
      const log = stdoutLines.slice(before).join('\n')
      env.restore()
      delete process.env['STATE_deploy-id']
      delete process.env.STATE_deploy_id
      expect(log).toContain(`cancelled deploy ${id} in the org`)
      await sim.clock.advance(5_000)
      expect(sim.deploys.at(-1)?.status).toBe('Canceled')
      expectNoSecrets({ ...main, log }, sim)
    }
  )

  scenario(
    'G06',
    'the post step redacts a credential the org quotes when the cancel fails',
    async () => {
      const workspace = passingProject()
      const main = await runAction(
        sim,
        { mode: 'validate', wait: '0.01', 'test-level': 'RunLocalTests', 'auth-url': sim.authUrl },
        { workspace }
      )
      const id = main.outputs['deploy-id'] ?? ''
      // A token shape the run never learnt, so only the redactor's shapes can catch it.
      const quoted = `ghp_${'Q'.repeat(36)}`
      sim.faults.add({
        operation: 'cancelDeploy',
        kind: 'error',
        code: 'UNKNOWN_EXCEPTION',
        message: `internal error near ${quoted}`,
        times: 10
      })
      const env = setupActionEnv({ 'auth-url': sim.authUrl }, { workspace })
      process.env['STATE_deploy-id'] = id
      const before = stdoutLines.length
      await runPost({ clock: simClock(sim) })
      const log = stdoutLines.slice(before).join('\n')
      env.restore()
      delete process.env['STATE_deploy-id']
      expect(log).toContain(`Could not cancel deploy ${id}`)
      expect(log).not.toContain(quoted)
      expect(log).toContain('internal error near ***')
    }
  )
})
