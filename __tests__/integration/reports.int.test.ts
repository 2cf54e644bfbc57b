import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseJUnit } from 'junit2json'
import lcovParse from 'lcov-parse'
import { XMLParser } from 'fast-xml-parser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { FakeGitHub } from '../support/fake-github.ts'
import { copyDemoProject, passingProject, runAction, startSim } from './harness.ts'

const GITHUB_ENV = [
  'GITHUB_API_URL',
  'GITHUB_REPOSITORY',
  'GITHUB_SHA',
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_RUN_ID'
]

function readLcov(
  file: string
): Promise<{ file: string; lines: { found: number; hit: number } }[]> {
  return new Promise((resolve, reject) =>
    lcovParse(file, (error, data) => (error ? reject(new Error(error)) : resolve(data ?? [])))
  )
}

describe('reports from a real run', () => {
  let sim: Simulator
  let github: FakeGitHub
  beforeEach(async () => {
    sim = await startSim()
    github = await new FakeGitHub().start()
  })
  afterEach(async () => {
    for (const key of GITHUB_ENV) delete process.env[key]
    await sim.close()
    await github.stop()
  })

  it('publishes a check run on the PR head commit with annotations on the repo lines, and files real parsers read', async () => {
    const workspace = copyDemoProject({
      'force-app/main/default/classes/InvoiceService.cls':
        'public with sharing class InvoiceService {\n    public static Decimal total(List<Decimal> amounts) {\n        Decimal sum = 0\n    }\n}\n'
    })
    const event = path.join(workspace, 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: { number: 12, head: { sha: 'feedface1234', repo: { full_name: 'acme/crm' } } }
      })
    )
    Object.assign(process.env, {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/crm',
      GITHUB_SHA: 'mergecommit0000',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_RUN_ID: '99'
    })
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        'check-run': 'true',
        'github-token': 'ghs_token_for_tests_only',
        'test-level': 'RunLocalTests'
      },
      { workspace }
    )
    expect(run.failed).toBe(true)

    const [check] = github.checkRuns
    expect(check?.body).toMatchObject({ head_sha: 'feedface1234' })
    const conclusion = [check?.body, ...(check?.updates ?? [])]
      .map((b) => b?.conclusion)
      .find(Boolean)
    expect(conclusion).toBe('failure')
    expect(check?.annotations).toContainEqual(
      expect.objectContaining({
        path: 'force-app/main/default/classes/InvoiceService.cls',
        start_line: 4,
        annotation_level: 'failure'
      })
    )
    // Annotations went to the check run, so the log carries none with a file.
    expect(run.commands.filter((c) => /^::(error|warning) .*file=/.test(c))).toHaveLength(0)

    const results = path.join(workspace, 'sf-deploy-results')
    expect(run.outputs['results-dir']).toBe(results)
    const junit = await parseJUnit(readFileSync(run.outputs['junit-path'] ?? '', 'utf8'))
    expect(junit).toMatchObject({ tests: 0 })
    const cobertura = new XMLParser({ ignoreAttributes: false }).parse(
      readFileSync(run.outputs['coverage-path'] ?? '', 'utf8')
    ) as { coverage?: unknown }
    expect(cobertura.coverage).toBeDefined()
    const result = JSON.parse(readFileSync(run.outputs['summary-json-path'] ?? '', 'utf8')) as {
      status?: string
      id?: string
    }
    expect(JSON.stringify(result)).toContain(run.outputs['deploy-id'] ?? 'missing')
  })

  it('writes JUnit and coverage with repository paths on a failed validation', async () => {
    const run = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace: copyDemoProject() }
    )
    expect(run.failed).toBe(true)
    const junit = (await parseJUnit(readFileSync(run.outputs['junit-path'] ?? '', 'utf8'))) as {
      tests: number
      failures: number
      testsuite: { name: string; testcase: { name: string; file?: string; failure?: unknown }[] }[]
    }
    expect(junit).toMatchObject({ tests: 3, failures: 1 })
    const failing = junit.testsuite.flatMap((s) => s.testcase).find((c) => c.failure)
    expect(failing).toMatchObject({
      name: 'appliesTax',
      file: 'force-app/main/default/classes/InvoiceServiceTest.cls'
    })
    const lcov = await readLcov(
      path.join(run.outputs['results-dir'] ?? '', 'coverage', 'lcov.info')
    )
    expect(lcov.map((r) => r.file).sort()).toEqual([
      'force-app/main/default/classes/InvoiceService.cls',
      'force-app/main/default/triggers/InvoiceTrigger.trigger'
    ])
    for (const record of lcov) expect(record.lines.found).toBeGreaterThan(0)
  })

  it('fails a deploy the org accepted when a deployed class is below coverage-threshold, naming it', async () => {
    const lowCoverage =
      'public class Untested {\n    public static Integer a() {\n        Integer x = 0;\n        x = x + 1;\n        return x;\n    }\n}\n'
    const meta =
      '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'
    const workspace = passingProject({
      'force-app/main/default/classes/Untested.cls': lowCoverage,
      'force-app/main/default/classes/Untested.cls-meta.xml': meta
    })
    const run = await runAction(
      sim,
      { 'test-level': 'RunLocalTests', 'coverage-threshold': '90' },
      { workspace }
    )
    // The org accepted it (overall coverage is above its 75 %), the threshold did not.
    // One verdict: the step, the success output and the summary all say it failed, in one wording.
    expect(run.outputs).toMatchObject({ status: 'Succeeded', success: 'false' })
    expect(run.failed).toBe(true)
    const reason = /Coverage below the configured threshold of 90 %: .*Untested 0 %\./
    expect(run.failure).toMatch(reason)
    expect(run.summary).toMatch(reason)
    expect(run.summary).toMatch(/^## ❌ Deploy failed the coverage threshold/m)
    expect(run.commands.some((c) => c.startsWith('::warning') && c.includes('Untested.cls'))).toBe(
      true
    )
  })
})
