import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import { createRepo, membersOf, type TestRepo } from '../delta/git-repo.ts'
import { PASSING_TEST, runAction, startSim } from './harness.ts'

const D = 'force-app/main/default'
const DEMO = path.join(REPO_ROOT, 'examples', 'demo-project')

const HELPER = `public with sharing class TaxHelper {
    public static Decimal rate() {
        return 0.2;
    }
}
`
const HELPER_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>62.0</apiVersion>
    <status>Active</status>
</ApexClass>
`

function text(bytes: Buffer | undefined): string | undefined {
  return bytes?.toString('utf8')
}

describe('delta deploys from git against the org simulator', () => {
  let sim: Simulator
  let repo: TestRepo
  let base: string
  beforeEach(async () => {
    sim = await startSim()
    repo = createRepo(DEMO, {
      [`${D}/classes/InvoiceServiceTest.cls`]: PASSING_TEST,
      [`${D}/classes/TaxHelper.cls`]: HELPER,
      [`${D}/classes/TaxHelper.cls-meta.xml`]: HELPER_META
    })
    base = repo.git('rev-parse', 'HEAD').trim()
    // The org starts with the base commit deployed in full.
    const full = await runAction(sim, { 'test-level': 'NoTestRun' }, { workspace: repo.dir })
    expect(full.failure).toBeUndefined()
  })
  afterEach(async () => {
    repo.cleanup()
    await sim.close()
  })

  it('sends only the changed class, deletes the removed one after the deploy, and runs the tests chosen for it', async () => {
    const service = `${D}/classes/InvoiceService.cls`
    repo.write(service, repo.read(service).replace('return sum;', 'return sum.setScale(2);'))
    repo.remove(`${D}/classes/TaxHelper.cls`)
    repo.remove(`${D}/classes/TaxHelper.cls-meta.xml`)
    repo.commit('change the service, drop the helper')
    const r = await runAction(
      sim,
      { 'delta-from': base, 'test-level': 'RunSpecifiedTests', 'run-tests': 'auto' },
      { workspace: repo.dir }
    )
    expect(r.failure).toBeUndefined()
    const deploy = sim.deploys.at(-1)
    expect([...(deploy?.files.keys() ?? [])].sort()).toEqual([
      'classes/InvoiceService.cls',
      'classes/InvoiceService.cls-meta.xml',
      'destructiveChangesPost.xml',
      'package.xml'
    ])
    expect(membersOf(deploy?.packageXml)).toEqual(['ApexClass: InvoiceService'])
    expect(membersOf(text(deploy?.files.get('destructiveChangesPost.xml')))).toEqual([
      'ApexClass: TaxHelper'
    ])
    expect(deploy?.options).toMatchObject({
      testLevel: 'RunSpecifiedTests',
      runTests: ['InvoiceServiceTest']
    })
    expect(r.outputs).toMatchObject({
      success: 'true',
      'has-changes': 'true',
      'delta-components': '1',
      'delta-deletions': '1',
      'selected-tests': 'InvoiceServiceTest'
    })
    expect(r.summary).toContain('Tests chosen (run-tests: auto)')
    expect(r.summary).toMatch(
      /`InvoiceServiceTest` \| named after ApexClass InvoiceService; refers to ApexClass InvoiceService/
    )
    expect(sim.org.has('ApexClass', 'TaxHelper')).toBe(false)
  })

  it('moves deletions before the deploy with destructive-timing: pre', async () => {
    repo.remove(`${D}/classes/TaxHelper.cls`)
    repo.remove(`${D}/classes/TaxHelper.cls-meta.xml`)
    repo.commit('drop the helper')
    const r = await runAction(
      sim,
      { 'delta-from': base, 'destructive-timing': 'pre' },
      { workspace: repo.dir }
    )
    expect(r.failure).toBeUndefined()
    const deploy = sim.deploys.at(-1)
    expect([...(deploy?.files.keys() ?? [])].sort()).toEqual([
      'destructiveChangesPre.xml',
      'package.xml'
    ])
    expect(membersOf(deploy?.packageXml)).toEqual([])
    expect(deploy?.packageXml).toContain('<version>62.0</version>')
    expect(membersOf(text(deploy?.files.get('destructiveChangesPre.xml')))).toEqual([
      'ApexClass: TaxHelper'
    ])
    expect(r.outputs).toMatchObject({ 'delta-components': '0', 'delta-deletions': '1' })
  })

  it('ends an empty delta in success with nothing to deploy and no API call', async () => {
    repo.write('README.md', 'not metadata\n')
    repo.commit('docs only')
    const requestsBefore = sim.requests.length
    const deploysBefore = sim.deploys.length
    const r = await runAction(sim, { 'delta-from': base }, { workspace: repo.dir })
    expect(r.failed).toBe(false)
    expect(r.outputs).toMatchObject({
      success: 'true',
      status: 'NothingToDeploy',
      'has-changes': 'false',
      'delta-components': '0',
      'delta-deletions': '0'
    })
    expect(r.summary).toContain('**Nothing to deploy:** no metadata changes between')
    expect(sim.requests.length).toBe(requestsBefore)
    expect(sim.deploys.length).toBe(deploysBefore)
  })

  it('falls back to RunLocalTests and names the class when a changed class has no test', async () => {
    repo.write(`${D}/classes/TaxHelper.cls`, HELPER.replace('0.2', '0.25'))
    repo.commit('change the helper, which has no test')
    const r = await runAction(
      sim,
      { 'delta-from': base, 'test-level': 'RunSpecifiedTests', 'run-tests': 'auto' },
      { workspace: repo.dir }
    )
    expect(r.failure).toBeUndefined()
    expect(sim.deploys.at(-1)?.options).toMatchObject({ testLevel: 'RunLocalTests', runTests: [] })
    expect(r.summary).toContain('no test class was found for ApexClass TaxHelper')
    // The summary names the level the org received, once.
    expect(r.summary).toContain('test level `RunLocalTests`')
    expect(r.summary).not.toContain('test level `RunSpecifiedTests`')
    // The verdict comes first, the delta after it, and the test choice is told once.
    expect(r.summary.startsWith('## ✅ Deploy succeeded')).toBe(true)
    expect(r.summary.indexOf('### Delta')).toBeGreaterThan(0)
    expect(r.summary.split('Tests: RunLocalTests instead of the chosen tests')).toHaveLength(2)
    // Classes outside the delta are still the repository's own files.
    expect(r.summary).toMatch(
      /`InvoiceService` \(Class\) \| force-app\/main\/default\/classes\/InvoiceService\.cls/
    )
    expect(r.summary).not.toContain('not in repository')
  })

  it('fails with missing-tests: fail, naming the class, before any deploy', async () => {
    repo.write(`${D}/classes/TaxHelper.cls`, HELPER.replace('0.2', '0.25'))
    repo.commit('change the helper, which has no test')
    const deploysBefore = sim.deploys.length
    const r = await runAction(
      sim,
      {
        'delta-from': base,
        'test-level': 'RunSpecifiedTests',
        'run-tests': 'auto',
        'missing-tests': 'fail'
      },
      { workspace: repo.dir }
    )
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('no test class for ApexClass TaxHelper')
    expect(sim.deploys.length).toBe(deploysBefore)
  })

  it('fails on a shallow clone with a message that names fetch-depth: 0', async () => {
    repo.write(`${D}/classes/TaxHelper.cls`, HELPER.replace('0.2', '0.25'))
    repo.commit('one more commit')
    const clone = `${repo.dir}-shallow`
    repo.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, clone)
    const r = await runAction(sim, { 'delta-from': base }, { workspace: clone }).finally(() =>
      rmSync(clone, { recursive: true, force: true })
    )
    expect(r.failed).toBe(true)
    expect(r.failure).toContain(`delta-from ${base} is not a commit in this clone`)
    expect(r.failure).toContain('shallow')
    expect(r.failure).toContain('fetch-depth: 0')
  })

  it('deploys the whole package, with a warning, when the pull-request default meets a shallow clone', async () => {
    repo.write(`${D}/classes/TaxHelper.cls`, HELPER.replace('0.2', '0.3'))
    repo.commit('a change on the branch')
    const clone = `${repo.dir}-shallow-pr`
    repo.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, clone)
    const event = path.join(clone, '..', `${path.basename(clone)}-event.json`)
    writeFileSync(event, JSON.stringify({ pull_request: { number: 3, base: { sha: base } } }))
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event
    }
    const r = await runAction(sim, {}, { workspace: clone, env }).finally(() =>
      rmSync(clone, { recursive: true, force: true })
    )
    expect(r.failure).toBeUndefined()
    expect(r.commands.join('\n')).toMatch(
      /No delta: .*This clone is shallow.*Deploying the whole package instead/
    )
    expect(sim.deploys.at(-1)?.packageXml).toContain('<members>TaxHelper</members>')
    expect(sim.deploys.at(-1)?.files.size).toBeGreaterThan(2)
  })
})
