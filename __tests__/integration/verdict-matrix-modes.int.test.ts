/**
 * The modes verdict-matrix.int.test.ts leaves out (compile, push-upgrade, retrieve, plan, sync),
 * each through every outcome it can have: the exit code, the `success` output, the summary
 * heading and the check-run conclusion must tell the same story.
 */
import { eligibleFor20 } from '../support/push-orgs.ts'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import {
  dependentPackageConflict,
  pushController,
  type SimSubscriber
} from '../../simulator/push/index.ts'
import { toolingControl } from '../../simulator/tooling/index.ts'
import { D, type TestRepo } from '../delta/git-repo.ts'
import type { FakeGitHub } from '../support/fake-github.ts'
import { cancelAfter, toolingCreate } from './cancel-during.ts'
import { copyDemoProject, passingProject, runAction, startSim } from './harness.ts'
import { writeTree } from './retrieve-harness.ts'
import {
  BROKEN_CLASS,
  changedRepo,
  CLASS,
  CLASS_META,
  contradictingHeadings,
  DEMO_CLASS,
  demoRepo,
  field,
  FIELDS,
  manifest,
  pushInputs,
  signalsOf,
  syncOrg,
  UNTESTED_CLASS,
  withDemoClass,
  type Ctx,
  type Row,
  workflowGitHub
} from './verdict-matrix-support.ts'

const TOKEN = 'ghs_VerdictMatrixToken0123456789abcdef'
const FRESH = `${D}/classes/Fresh.cls`
const UNTESTED = `${D}/classes/Untested.cls`
const TAX_RATE = {
  [`${D}/classes/TaxRate.cls`]: 'public with sharing class TaxRate {\n}\n',
  [`${D}/classes/TaxRate.cls-meta.xml`]: CLASS_META
}
const DUE_FIELD = { [`${FIELDS}/Due__c.field-meta.xml`]: field('Due__c', 'Due', 'Date') }
/** A field on an object the org lacks: its upsert fails. */
const ORPHAN_FIELD = {
  [`${D}/objects/Missing__c/fields/Code__c.field-meta.xml`]: field('Code__c', 'Code')
}

/** The job is cancelled as soon as compile mode starts watching for it. */
const cancelledAtOnce = {
  onJobCancel: (listener: () => void) => {
    listener()
    return () => undefined
  }
}

/** The first `count` eligible orgs fail their push job, the others succeed. */
function failSome(sim: Simulator, count: number): void {
  const keys = new Set(
    eligibleFor20(sim)
      .slice(0, count)
      .map((s) => s.orgKey)
  )
  pushController(sim.context).scenario.outcome = (s) =>
    keys.has(s.orgKey)
      ? { outcome: 'Failed', errors: [dependentPackageConflict()] }
      : { outcome: 'Succeeded' }
}

function allSucceed(sim: Simulator): void {
  pushController(sim.context).scenario.outcome = () => ({ outcome: 'Succeeded' })
}

/** The demo project with a retrieve manifest of `types` beside it. */
function manifestWorkspace(types: Record<string, string[]>): string {
  const dir = copyDemoProject()
  writeTree(dir, { 'manifest/retrieve.xml': manifest(types) })
  return dir
}

const COMPILE: Row[] = [
  {
    name: 'compile · success (Tooling API)',
    org: withDemoClass(),
    run: (c) =>
      c.act({ mode: 'compile', 'compile-files': CLASS }, { workspace: copyDemoProject() }),
    failed: false,
    success: 'true',
    heading: /^## ✅ Apex compile check passed on /,
    conclusion: null,
    outputs: { 'compile-method': 'tooling', status: 'Completed' }
  },
  {
    name: 'compile · org failure (a compile error)',
    org: withDemoClass(),
    run: (c) =>
      c.act(
        { mode: 'compile', 'compile-files': CLASS },
        { workspace: copyDemoProject({ [CLASS]: BROKEN_CLASS }) }
      ),
    failed: true,
    success: 'false',
    heading: /^## ❌ Apex compile check failed on /,
    conclusion: null,
    why: /^Compile check failed: ApexClass InvoiceService \(line 4\): Missing ';'/,
    outputs: { 'compile-method': 'tooling', status: 'Failed' }
  },
  {
    name: 'compile · nothing to compile in the delta',
    org: withDemoClass(),
    run: (c) => {
      const { dir, base } = changedRepo(c, {
        [`${FIELDS}/Total__c.field-meta.xml`]: field('Total__c', 'Grand total')
      })
      return c.act({ mode: 'compile', 'delta-from': base }, { workspace: dir })
    },
    failed: false,
    success: 'true',
    heading: /^## ✅ Compile: nothing to compile/,
    conclusion: null,
    outputs: { status: 'NothingToCompile' }
  },
  {
    name: 'compile · success through the Metadata API fallback',
    org: withDemoClass(),
    run: (c) => {
      toolingControl(c.sim.context).script('Error', 'Error')
      return c.act({ mode: 'compile', 'compile-files': CLASS }, { workspace: copyDemoProject() })
    },
    failed: false,
    success: 'true',
    heading: /^## ✅ Apex compile check passed on /,
    conclusion: 'success',
    outputs: { 'compile-method': 'metadata-api', status: 'Succeeded' }
  },
  {
    name: 'compile · org failure in the Metadata API fallback (a new class that does not compile)',
    org: withDemoClass(),
    run: (c) =>
      c.act(
        { mode: 'compile', 'compile-files': FRESH },
        {
          workspace: copyDemoProject({
            [FRESH]: 'public class Fresh {\n    Integer x = 1\n}\n',
            [`${FRESH}-meta.xml`]: CLASS_META
          })
        }
      ),
    failed: true,
    success: 'false',
    heading: /^## ❌ Apex compile check failed on /,
    conclusion: 'failure',
    why: /^Validation 0Af\w+ failed \(status Failed\): ApexClass Fresh \(line 3\): Missing ';'/,
    outputs: { 'compile-method': 'metadata-api', status: 'Failed' }
  },
  {
    name: 'compile · the Metadata API fallback misses the coverage threshold',
    // The org holds the tested demo project, so only the action's threshold fails, not the org's 75 %.
    run: async (c) => {
      await c.act({ 'test-level': 'RunLocalTests' }, { workspace: passingProject() })
      return c.act(
        {
          mode: 'compile',
          'compile-files': UNTESTED,
          'test-level': 'RunLocalTests',
          'coverage-threshold': '90'
        },
        { workspace: passingProject(UNTESTED_CLASS) }
      )
    },
    failed: true,
    success: 'false',
    heading: /^## ❌ Apex compile check failed on /,
    conclusion: 'failure',
    why: /^Coverage below the configured threshold of 90 %: aggregate 75 %/,
    outputs: { 'compile-method': 'metadata-api', status: 'Succeeded' }
  },
  {
    name: 'compile · refusal (check-only false on a production org)',
    org: withDemoClass({ orgType: 'Production' }),
    run: (c) =>
      c.act(
        { mode: 'compile', 'compile-files': CLASS, 'check-only': 'false' },
        { workspace: copyDemoProject() }
      ),
    failed: true,
    success: 'false',
    heading: /^## ❌ Apex compile and save failed on /,
    conclusion: null,
    why: /^check-only: false would save Apex to a production/,
    outputs: { 'compile-method': 'none' }
  },
  {
    name: 'compile · refusal (compile-fallback fail where only the fallback applies)',
    org: withDemoClass({ orgType: 'Production' }),
    run: (c) =>
      c.act(
        { mode: 'compile', 'compile-files': CLASS, 'compile-fallback': 'fail' },
        { workspace: copyDemoProject() }
      ),
    failed: true,
    success: 'false',
    heading: /^## ❌ Apex compile check failed on /,
    conclusion: null,
    why: /compile-fallback is fail: the org is production/,
    outputs: { 'compile-method': 'none' }
  },
  {
    name: 'compile · timeout (a request stuck in Queued at the wait limit)',
    org: withDemoClass(),
    run: (c) => {
      toolingControl(c.sim.context).script('stuck')
      return c.act(
        { mode: 'compile', 'compile-files': CLASS, wait: '1' },
        { workspace: copyDemoProject() }
      )
    },
    failed: true,
    success: 'false',
    heading: /^## ❌ Apex compile check failed on /,
    conclusion: null,
    why: /^The compile timed out after 60 s in Queued; the request was set to Aborted/,
    outputs: { 'compile-method': 'tooling', status: 'Aborted' }
  },
  {
    name: 'compile · cancellation (the job is cancelled while the request is queued)',
    org: withDemoClass(),
    run: (c) => {
      toolingControl(c.sim.context).script('stuck')
      return c.act(
        { mode: 'compile', 'compile-files': CLASS },
        { workspace: copyDemoProject(), deps: cancelAfter(toolingCreate('ContainerAsyncRequest')) }
      )
    },
    failed: true,
    success: 'false',
    heading: /^## ❌ Apex compile check cancelled on /,
    conclusion: null,
    why: /^The job was cancelled; ContainerAsyncRequest 1dr\w+ was set to Aborted: nothing was compiled\.$/,
    outputs: { 'compile-method': 'tooling', status: 'Aborted' }
  },
  {
    name: 'compile · cancellation before the save (the job is cancelled while the members are created)',
    org: withDemoClass(),
    run: (c) =>
      c.act(
        { mode: 'compile', 'compile-files': CLASS, 'check-only': 'false' },
        { workspace: copyDemoProject(), deps: cancelAfter(toolingCreate('ApexClassMember')) }
      ),
    failed: true,
    success: 'false',
    heading: /^## ❌ Apex compile and save cancelled on /,
    conclusion: null,
    why: /^The job was cancelled before the save was submitted: nothing was saved to the org\.$/,
    outputs: { 'compile-method': 'tooling', status: 'Canceled' }
  },
  {
    name: 'compile · cancellation before any container (the job is cancelled at once)',
    org: withDemoClass(),
    run: (c) =>
      c.act(
        { mode: 'compile', 'compile-files': CLASS },
        { workspace: copyDemoProject(), deps: cancelledAtOnce }
      ),
    failed: true,
    success: 'false',
    heading: /^## ❌ Apex compile check cancelled on /,
    conclusion: null,
    why: /^The job was cancelled before the compile check was submitted: nothing was compiled\.$/,
    outputs: { 'compile-method': 'tooling', status: 'Canceled' }
  },
  {
    name: 'compile · input error (neither compile-files nor a delta)',
    org: withDemoClass(),
    run: (c) => c.act({ mode: 'compile' }, { workspace: c.repo().dir }),
    failed: true,
    success: 'false',
    heading: /^## ❌ Compile failed$/,
    conclusion: null,
    why: /list them in compile-files, or set delta-from/
  }
]

const PUSH: Row[] = [
  {
    name: 'push-upgrade · success',
    run: (c) => {
      allSucceed(c.sim)
      return c.act(pushInputs(c.sim))
    },
    failed: false,
    success: 'true',
    heading: /^## ✅ Push upgrade: Sim Insights 2\.0$/,
    conclusion: null,
    outputs: { 'push-status': 'Succeeded', 'push-failed': '0' }
  },
  {
    name: 'push-upgrade · org failures within the fail-threshold',
    run: (c) => {
      failSome(c.sim, 2)
      return c.act(pushInputs(c.sim, { 'fail-threshold': '50' }))
    },
    failed: false,
    success: 'true',
    heading: /^## ✅ Push upgrade: Sim Insights 2\.0$/,
    conclusion: null,
    outputs: { 'push-status': 'Failed', 'push-failed': '2' }
  },
  {
    name: 'push-upgrade · org failure (over the fail-threshold)',
    run: (c) => {
      failSome(c.sim, 4)
      return c.act(pushInputs(c.sim, { 'fail-threshold': '1' }))
    },
    failed: true,
    success: 'false',
    heading: /^## ❌ Push upgrade: Sim Insights 2\.0$/,
    conclusion: null,
    why: /^4 of \d+ orgs failed \([\d.]+ %\), above the fail-threshold of 1 %/,
    outputs: { 'push-status': 'Failed', 'push-failed': '4' }
  },
  {
    name: 'push-upgrade · refusal (the org refuses every job)',
    run: (c) => {
      const target = eligibleFor20(c.sim)[0] as SimSubscriber
      pushController(c.sim.context).scenario.reject.set(target.orgKey.slice(0, 15), {
        statusCode: 'INVALID_OPERATION',
        message: 'Not eligible.'
      })
      return c.act(pushInputs(c.sim, { orgs: target.orgKey }))
    },
    failed: true,
    success: 'false',
    heading: /^## ❌ Push upgrade: Sim Insights 2\.0$/,
    conclusion: null,
    why: /^The org refused the push job of every selected org \(1\)/,
    outputs: { 'push-status': 'Canceled' }
  },
  {
    name: 'push-upgrade · refusal (more eligible orgs than max-orgs)',
    run: (c) => c.act(pushInputs(c.sim, { 'max-orgs': '10' })),
    failed: true,
    success: 'false',
    heading: /^## ❌ Push upgrade: Sim Insights 2\.0$/,
    conclusion: null,
    why: /^\d+ orgs are eligible, more than max-orgs \(10\); nothing was created/,
    outputs: { 'push-status': 'none' }
  },
  {
    name: 'push-upgrade · unfinished at the wait limit (exit 0, a warning, no success output)',
    run: (c) => {
      pushController(c.sim.context).scenario.jobMs = 10 * 60_000
      return c.act(pushInputs(c.sim, { wait: '2' }))
    },
    failed: false,
    success: undefined,
    heading: /^## ⏳ Push upgrade: Sim Insights 2\.0$/,
    conclusion: null,
    outputs: { 'push-status': 'In Progress' }
  },
  {
    name: 'push-upgrade · scheduled, not followed (wait 0)',
    run: (c) => {
      allSucceed(c.sim)
      return c.act(pushInputs(c.sim, { wait: '0' }))
    },
    failed: false,
    success: 'true',
    heading: /^## ⏳ Push upgrade scheduled: Sim Insights 2\.0$/,
    conclusion: null,
    outputs: { 'push-status': 'Pending' }
  },
  {
    name: 'push-upgrade · dry run',
    run: (c) => c.act(pushInputs(c.sim, { 'dry-run': 'true' })),
    failed: false,
    success: 'true',
    heading: /^## ✅ Push upgrade dry run: Sim Insights 2\.0$/,
    conclusion: null,
    outputs: { 'push-status': 'dry-run' }
  },
  {
    name: 'push-upgrade · nothing eligible (an org that is not a subscriber)',
    run: (c) => c.act(pushInputs(c.sim, { orgs: '00D000000000001' })),
    failed: false,
    success: 'true',
    heading: /^## ✅ Push upgrade: Sim Insights 2\.0$/,
    conclusion: null,
    outputs: { 'push-status': 'none', 'push-orgs-selected': '0' }
  },
  {
    name: 'push-upgrade · input error (a start time in the past)',
    run: (c) => c.act(pushInputs(c.sim, { 'start-time': '2001-01-01T00:00:00Z' })),
    failed: true,
    success: 'false',
    heading: /^## ❌ Invalid inputs — nothing was run$/,
    conclusion: null,
    outputs: { status: 'InvalidInput' },
    why: /start-time: 2001-01-01T00:00:00Z is in the past/
  }
]

const RETRIEVE_ORG = withDemoClass()
const RETRIEVE_INPUTS = { mode: 'retrieve', 'retrieve-manifest': 'manifest/retrieve.xml' }

const RETRIEVE: Row[] = [
  {
    name: 'retrieve · success (a manifest)',
    org: RETRIEVE_ORG,
    run: (c) => c.act(RETRIEVE_INPUTS, { workspace: manifestWorkspace({ ApexClass: ['*'] }) }),
    failed: false,
    success: 'true',
    heading: /^## ✅ Retrieve from 127\.0\.0\.1:\d+$/,
    conclusion: null,
    outputs: { 'retrieve-dir': 'sf-deploy-results/retrieve' }
  },
  {
    name: 'retrieve · success (the package the builder would deploy)',
    org: RETRIEVE_ORG,
    run: (c) => c.act({ mode: 'retrieve' }, { workspace: copyDemoProject() }),
    failed: false,
    success: 'true',
    heading: /^## ✅ Retrieve from 127\.0\.0\.1:\d+$/,
    conclusion: null,
    outputs: { 'changes-changed': '0', 'changes-unchanged': '1' }
  },
  {
    name: 'retrieve · org failure (the org refuses the retrieve)',
    org: RETRIEVE_ORG,
    run: (c) => {
      c.sim.faults.add({ operation: 'retrieve', kind: 'error', code: 'INSUFFICIENT_ACCESS' })
      return c.act(RETRIEVE_INPUTS, {
        workspace: manifestWorkspace({ ApexClass: ['InvoiceService'] })
      })
    },
    failed: true,
    success: 'false',
    heading: /^## ❌ Retrieve failed$/,
    conclusion: null,
    why: /^INSUFFICIENT_ACCESS: use of the Metadata API requires/
  },
  {
    name: 'retrieve · timeout (the retrieve outlasts the wait)',
    org: RETRIEVE_ORG,
    run: (c) =>
      c.act(
        { ...RETRIEVE_INPUTS, wait: '0.005' },
        { workspace: manifestWorkspace({ ApexClass: ['InvoiceService'] }) }
      ),
    failed: true,
    success: 'false',
    heading: /^## ❌ Retrieve failed$/,
    conclusion: null,
    why: /^Retrieve 09S\w+ did not finish within 0 minutes \(the wait input\); it was left running/
  },
  {
    name: 'retrieve · input error (a manifest that does not exist)',
    org: RETRIEVE_ORG,
    run: (c) =>
      c.act(
        { ...RETRIEVE_INPUTS, 'retrieve-manifest': 'manifest/missing.xml' },
        { workspace: copyDemoProject() }
      ),
    failed: true,
    success: 'false',
    heading: /^## ❌ Invalid inputs — nothing was run$/,
    conclusion: null,
    why: /retrieve-manifest: "manifest\/missing\.xml" does not exist/
  },
  {
    name: 'retrieve · input error (a manifest listing no members)',
    org: RETRIEVE_ORG,
    run: (c) => c.act(RETRIEVE_INPUTS, { workspace: manifestWorkspace({}) }),
    failed: true,
    success: 'false',
    heading: /^## ❌ Retrieve failed$/,
    conclusion: null,
    why: /^Nothing to retrieve: the manifest lists no members/
  }
]

const PLAN_INPUTS = { mode: 'plan', 'delta-from': 'none', 'test-level': 'RunLocalTests' }

const PLAN: Row[] = [
  {
    name: 'plan · success, compared with the org',
    run: (c) => c.act(PLAN_INPUTS, { workspace: passingProject() }),
    failed: false,
    success: 'true',
    heading: /^## 📋 Release plan · 127\.0\.0\.1:\d+$/,
    conclusion: null,
    outputs: { 'changes-new': '5', 'changes-changed': '0' }
  },
  {
    name: 'plan · success without credentials (org not checked)',
    run: (c) => c.act({ ...PLAN_INPUTS, 'access-token': '' }, { workspace: passingProject() }),
    failed: false,
    success: 'true',
    heading: /^## 📋 Release plan · org not checked$/,
    conclusion: null
  },
  {
    name: 'plan · org failure (the org refuses the retrieve)',
    run: (c) => {
      c.sim.faults.add({ operation: 'retrieve', kind: 'error', code: 'INSUFFICIENT_ACCESS' })
      return c.act(PLAN_INPUTS, { workspace: passingProject() })
    },
    failed: true,
    success: 'false',
    heading: /^## ❌ Release plan failed$/,
    conclusion: null,
    why: /^INSUFFICIENT_ACCESS: use of the Metadata API requires/
  },
  {
    name: 'plan · timeout (the retrieve outlasts the wait)',
    run: (c) => c.act({ ...PLAN_INPUTS, wait: '0.005' }, { workspace: passingProject() }),
    failed: true,
    success: 'false',
    heading: /^## ❌ Release plan failed$/,
    conclusion: null,
    why: /^Retrieve 09S\w+ did not finish within 0 minutes/
  },
  {
    name: 'plan · input error (a misspelt test level)',
    run: (c) =>
      c.act({ ...PLAN_INPUTS, 'test-level': 'runlocaltests' }, { workspace: passingProject() }),
    failed: true,
    success: 'false',
    heading: /^## ❌ Invalid inputs — nothing was run$/,
    conclusion: null,
    why: /test-level: got "runlocaltests"/
  }
]

/** Runs sync over a repository whose last commit makes `changes`. */
function sync(
  c: Ctx,
  changes: Record<string, string | null>,
  inputs: Record<string, string> = {}
): ReturnType<Ctx['act']> {
  const { dir, base } = changedRepo(c, changes)
  return c.act({ mode: 'sync', 'delta-from': base, ...inputs }, { workspace: dir })
}

const SYNC: Row[] = [
  {
    name: 'sync · success through the CRUD calls',
    org: syncOrg(),
    run: (c) => sync(c, DUE_FIELD),
    failed: false,
    success: 'true',
    heading: /^## ✅ Sync: 1 component applied in /,
    conclusion: null,
    outputs: { status: 'Succeeded' }
  },
  {
    name: 'sync · success through a deploy (a class new to the org)',
    org: syncOrg(),
    run: (c) => sync(c, TAX_RATE),
    failed: false,
    success: 'true',
    heading: /^## ✅ Sync: 1 component applied in /,
    conclusion: null,
    outputs: { status: 'Succeeded' }
  },
  {
    name: 'sync · nothing to sync',
    org: syncOrg(),
    run: (c) => sync(c, { 'README.md': 'notes only\n' }),
    failed: false,
    success: 'true',
    heading: /^## ✅ Sync: nothing to sync/,
    conclusion: null,
    outputs: { status: 'NothingToSync' }
  },
  {
    name: 'sync · org failure (nothing applied)',
    org: syncOrg(),
    run: (c) => sync(c, ORPHAN_FIELD),
    failed: true,
    success: 'false',
    heading: /^## ❌ Sync: failed in /,
    conclusion: null,
    why: /^Sync stopped: upsertMetadata CustomField failed for Missing__c\.Code__c\.[\s\S]*\nNothing was applied\.$/,
    outputs: { status: 'Failed' }
  },
  {
    name: 'sync · org failure after some components were applied',
    org: syncOrg(),
    run: (c) => sync(c, { ...DUE_FIELD, ...ORPHAN_FIELD }),
    failed: true,
    success: 'false',
    heading: /^## ⚠️ Sync: partially applied in /,
    conclusion: null,
    why: /Applied before the failure .*: CustomField Invoice__c\.Due__c\./,
    outputs: { status: 'PartiallyApplied' }
  },
  {
    name: 'sync · refusal (a production org)',
    org: syncOrg({ orgType: 'Production' }),
    run: (c) => sync(c, DUE_FIELD),
    failed: true,
    success: 'false',
    heading: /^## ⛔ Sync refused$/,
    conclusion: null,
    why: /is production \(Enterprise Edition\)/,
    outputs: { status: 'Refused' }
  },
  {
    name: 'sync · timeout (an Apex save stuck in Queued at the wait limit, aborted)',
    org: syncOrg(),
    run: (c) => {
      toolingControl(c.sim.context).script('stuck')
      return sync(c, { [CLASS]: DEMO_CLASS.replace('sum = 0;', 'sum = 0.0;') }, { wait: '1' })
    },
    failed: true,
    success: 'false',
    heading: /^## ❌ Sync: failed in 60\.0 s$/,
    conclusion: null,
    why: /^Sync stopped: the Tooling API save of the Apex failed \(ApexClass InvoiceService: timed out after 60 s in Queued\)\./,
    outputs: { status: 'Failed' }
  },
  {
    name: 'sync · timeout (the deploy of a new class still running at the wait limit)',
    org: syncOrg(),
    run: (c) => sync(c, TAX_RATE, { wait: '0.02' }),
    failed: true,
    success: 'false',
    // The deploy goes on in the org: not "failed", and never "nothing was applied".
    heading: /^## ⏳ Sync: deploy still running in /,
    conclusion: null,
    why: /^Sync stopped at the wait limit: the Metadata API deploy 0Af\w+ was still running and continues in the org, so it may yet apply ApexClass TaxRate\.\nFollow it with mode: report and deploy-id: 0Af\w+, or stop it with mode: cancel\.$/,
    outputs: { status: 'InProgress' }
  },
  {
    name: 'sync · input error (no delta)',
    org: syncOrg(),
    run: (c) => c.act({ mode: 'sync' }, { workspace: c.repo().dir }),
    failed: true,
    success: 'false',
    heading: /^## ❌ Sync failed$/,
    conclusion: null,
    why: /^mode sync needs a delta: set delta-from/
  }
]

describe('one verdict in the other modes and their outcomes', () => {
  let sim: Simulator | undefined
  let github: FakeGitHub
  let stopGitHub: () => Promise<void>
  let repos: TestRepo[] = []
  beforeEach(async () => {
    ;({ github, stop: stopGitHub } = await workflowGitHub())
  })
  afterEach(async () => {
    await sim?.close()
    sim = undefined
    await stopGitHub()
    for (const repo of repos) repo.cleanup()
    repos = []
  })

  // A loop rather than it.each: it.each cuts long $name values, and -t matches the cut name.
  for (const row of [...COMPILE, ...PUSH, ...RETRIEVE, ...PLAN, ...SYNC]) {
    it(row.name, async () => {
      const org = await startSim(row.org)
      sim = org
      // The check run of the row's last run (earlier runs only set the scene).
      let checkRunsBefore = github.checkRuns.length
      const ctx: Ctx = {
        sim: org,
        act: (inputs, options = {}) => {
          checkRunsBefore = github.checkRuns.length
          return runAction(org, { 'check-run': 'true', 'github-token': TOKEN, ...inputs }, options)
        },
        repo: () => {
          const repo = demoRepo()
          repos.push(repo)
          return repo
        }
      }
      const r = await row.run(ctx)
      const signals = signalsOf(r, github, checkRunsBefore)
      expect(
        {
          ...signals,
          heading: row.heading.test(signals.heading),
          contradicting: contradictingHeadings(r),
          why: r.failure === undefined ? undefined : (row.why?.test(r.failure) ?? false),
          outputs: Object.fromEntries(Object.keys(row.outputs ?? {}).map((k) => [k, r.outputs[k]]))
        },
        `heading "${signals.heading}", failure: ${r.failure ?? 'none'}`
      ).toStrictEqual({
        failed: row.failed,
        success: row.success,
        heading: true,
        conclusion: row.conclusion,
        contradicting: [],
        why: row.failed ? true : undefined,
        outputs: row.outputs ?? {}
      })
    })
  }
})
